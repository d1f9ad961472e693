package io.portail.core.receipt;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.AcknowledgementDeadlines;
import io.portail.core.deadline.AppealDeadline;
import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.internal.ZoneTexts;
import io.portail.core.payment.Euros;
import io.portail.core.procedure.Commune;
import io.portail.core.procedure.Service;
import io.portail.core.reference.Reference;
import io.portail.core.request.DecisionClock;
import io.portail.core.request.MissingPiece;
import io.portail.core.request.Request;
import io.portail.privacy.text.LocalizedText;
import io.portail.privacy.text.Template;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the notices of a request in plain French and English: what happened, what happens next and
 * when, and how to reach a person, the desk included.
 *
 * <p>The wording lives in the bundles {@code io/portail/core/receipt/Notices}. Dates are shown in
 * the commune's zone. Thread-safe.
 */
public final class Notices {
    private static final String BUNDLE = "io.portail.core.receipt.Notices";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Notices() {}

    /**
     * Writes the acknowledgement of registration (accusé d'enregistrement électronique), due within
     * one working day of receipt (CRPA art. L112-11, R112-11-2).
     *
     * @param reference the request's reference
     * @param procedure the procedure's title
     * @param commune the commune
     * @param service the service in charge
     * @param receivedAt when the request was received
     * @param deadlines the acknowledgement deadlines, on the commune's working days
     * @return the notice, issued at {@code receivedAt}
     */
    public static Notice registration(
            Reference reference,
            LocalizedText procedure,
            Commune commune,
            Service service,
            Instant receivedAt,
            AcknowledgementDeadlines deadlines) {
        requireNonNull(deadlines, "deadlines");
        Writer w = new Writer(reference, procedure, commune, service);
        w.moment(receivedAt);
        w.date("receiptDueBy", deadlines.receiptDueBy());
        w.fact("receivedAt", offset(receivedAt, commune.zone()));
        w.fact("registrationDueBy", deadlines.registrationDueBy().toString());
        w.fact("receiptDueBy", deadlines.receiptDueBy().toString());
        w.paragraph("registration.body");
        w.paragraph("registration.next");
        return w.build(NoticeKind.REGISTRATION, receivedAt, "registration.title");
    }

    /**
     * Writes the acknowledgement of receipt of an incomplete request: the missing pieces, the day
     * by which to provide them, and what happens to the period of silence (CRPA art. L114-5,
     * R112-5).
     *
     * <p>The period is described as {@link DecisionClock} computes it, with one date. Where silence
     * means acceptance, the period starts again in full on the day the pieces arrive: the notice
     * gives, as an example, the day the acceptance would be born if they arrived on the day of the
     * notice, the earliest possible (there is no latest). Where silence means rejection, the period
     * is suspended until they arrive and at most until the day given to provide them: the notice
     * gives the latest day the rejection can be born, the one {@link Request#implicitDecision()}
     * shows, and says that it comes as many days earlier as the pieces arrive before that day. In
     * both cases the receipt issued when the pieces arrive gives the exact day.
     *
     * @param request the request, incomplete
     * @param procedure the procedure's title
     * @param commune the commune
     * @param service the service in charge
     * @param issuedAt when the notice is issued
     * @return the notice
     * @throws IllegalArgumentException if the request is not incomplete
     */
    public static Notice incomplete(
            Request request,
            LocalizedText procedure,
            Commune commune,
            Service service,
            Instant issuedAt) {
        requireNonNull(request, "request");
        LocalDate dueBy = request.complementDueBy();
        if (dueBy == null) {
            throw new IllegalArgumentException("The request is not incomplete: " + request);
        }
        Writer w = new Writer(request.reference(), procedure, commune, service);
        w.date("receivedDate", LocalDate.ofInstant(request.receivedAt(), commune.zone()));
        w.date("dueBy", dueBy);
        w.fact("dueBy", dueBy.toString());
        w.fact(
                "missing",
                String.join(
                        ",", request.missingPieces().stream().map(MissingPiece::code).toList()));
        List<LocalizedText> pieces = new ArrayList<>();
        w.paragraph("incomplete.body");
        for (MissingPiece piece : request.missingPieces()) {
            pieces.add(piece.label());
        }
        w.appendLines("incomplete.piece", "piece", pieces);
        w.paragraph("incomplete.due");
        DecisionClock clock = request.clock();
        LocalDate issuedOn = LocalDate.ofInstant(issuedAt, commune.zone());
        // CRPA art. L114-5, as DecisionClock reads it: the date the resident is given is the one
        // the clock computes. Acceptance: the period starts again in full when the pieces arrive,
        // so no date is the latest; the example is the earliest, pieces received the day of this
        // notice. Rejection: the period is suspended at most until dueBy, so the decision shown by
        // the request (pieces on dueBy, or not at all) is the latest; earlier pieces bring it
        // forward day for day.
        ImplicitDecision example =
                clock == null
                        ? null
                        : clock.kind() == ImplicitDecision.Kind.ACCEPTANCE
                                ? clock.piecesReceived(issuedOn).decision()
                                : request.implicitDecision();
        if (clock == null || example == null) {
            w.paragraph("incomplete.none");
        } else if (clock.kind() == ImplicitDecision.Kind.ACCEPTANCE) {
            w.date("piecesOn", issuedOn);
            w.date("bornOn", example.bornOn());
            // The signed facts carry the dates the text gives, as the receipt's do.
            w.fact("exampleComplementedOn", issuedOn.toString());
            w.fact("exampleImplicitDecisionOn", example.bornOn().toString());
            w.paragraph("incomplete.acceptance");
        } else {
            w.date("bornOn", example.bornOn());
            w.fact("latestImplicitDecisionOn", example.bornOn().toString());
            w.paragraph("incomplete.rejection");
        }
        return w.build(NoticeKind.INCOMPLETE, issuedAt, "incomplete.title");
    }

    /**
     * Writes the notification of an express decision; a refusal states the appeal routes and the
     * last day to appeal, without which the period to appeal does not run (CJA art. R421-1,
     * R421-5).
     *
     * @param reference the request's reference
     * @param procedure the procedure's title
     * @param commune the commune
     * @param service the service in charge
     * @param accepted true if the request is accepted
     * @param decidedAt when the decision was taken and notified
     * @param appeal the deadline to appeal, from the day of notification
     * @return the notice
     */
    public static Notice decision(
            Reference reference,
            LocalizedText procedure,
            Commune commune,
            Service service,
            boolean accepted,
            Instant decidedAt,
            AppealDeadline appeal) {
        requireNonNull(appeal, "appeal");
        Writer w = new Writer(reference, procedure, commune, service);
        w.date("date", LocalDate.ofInstant(decidedAt, commune.zone()));
        w.date("appealLastDay", appeal.lastDay());
        w.fact("decision", accepted ? "accepted" : "rejected");
        w.fact("decidedAt", offset(decidedAt, commune.zone()));
        String key = accepted ? "decision.accepted" : "decision.rejected";
        w.paragraph(key + ".body");
        if (accepted) {
            w.paragraph("decision.accepted.next");
        } else {
            w.fact("appealLastDay", appeal.lastDay().toString());
            w.fact("appealCourt", commune.administrativeCourt());
            w.paragraph("decision.appeal");
        }
        return w.build(NoticeKind.DECISION, decidedAt, key + ".title");
    }

    /**
     * Writes the attestation of an implicit acceptance, issued at the resident's request (CRPA art.
     * L232-3).
     *
     * @param reference the request's reference
     * @param procedure the procedure's title
     * @param commune the commune
     * @param service the service in charge
     * @param decision the implicit acceptance
     * @param source the text that sets the period of silence, such as "CRPA art. L231-1"
     * @param issuedAt when the attestation is issued
     * @return the notice
     * @throws IllegalArgumentException if the decision is a rejection
     */
    public static Notice attestation(
            Reference reference,
            LocalizedText procedure,
            Commune commune,
            Service service,
            ImplicitDecision decision,
            LocalizedText source,
            Instant issuedAt) {
        requireNonNull(decision, "decision");
        requireNonNull(source, "source");
        if (decision.kind() != ImplicitDecision.Kind.ACCEPTANCE) {
            throw new IllegalArgumentException("An attestation is for an implicit acceptance");
        }
        Writer w = new Writer(reference, procedure, commune, service);
        w.localized("source", source);
        w.date("bornOn", decision.bornOn());
        w.date("effectiveFrom", decision.effectiveFrom());
        w.fact("bornAtEndOf", decision.bornOn().toString());
        w.fact("effectiveFrom", decision.effectiveFrom().toString());
        w.fact("source", source.fr());
        w.paragraph("attestation.body");
        w.paragraph("attestation.basis");
        return w.build(NoticeKind.IMPLICIT_ACCEPTANCE_ATTESTATION, issuedAt, "attestation.title");
    }

    /**
     * Writes the receipt of a payment.
     *
     * @param reference the request's reference
     * @param commune the commune
     * @param service the service in charge
     * @param amountCents the amount paid, in euro cents, positive
     * @param what what was paid for, such as "2 repas de cantine"
     * @param paidAt when it was paid
     * @return the notice
     * @throws IllegalArgumentException if the amount is not positive
     */
    public static Notice payment(
            Reference reference,
            Commune commune,
            Service service,
            long amountCents,
            LocalizedText what,
            Instant paidAt) {
        requireNonNull(what, "what");
        if (amountCents <= 0) {
            throw new IllegalArgumentException("A payment is of a positive amount: " + amountCents);
        }
        Writer w = new Writer(reference, null, commune, service);
        w.moment(paidAt);
        w.localized("what", what);
        w.perLocale("amount", locale -> Euros.format(amountCents, locale));
        w.fact("amountCents", Long.toString(amountCents));
        w.fact("currency", "EUR");
        w.fact("paidAt", offset(paidAt, commune.zone()));
        w.paragraph("payment.body");
        return w.build(NoticeKind.PAYMENT, paidAt, "payment.title");
    }

    /**
     * Returns the acknowledgement of receipt as a notice, to render it as HTML or sign it.
     *
     * @param receipt the receipt
     * @return the notice, issued when the request was received
     */
    public static Notice receipt(Receipt receipt) {
        requireNonNull(receipt, "receipt");
        String fr = ReceiptText.render(receipt, Locale.FRENCH);
        String en = ReceiptText.render(receipt, Locale.ENGLISH);
        String[] frParts = fr.strip().split("\n\n");
        String[] enParts = en.strip().split("\n\n");
        List<LocalizedText> paragraphs = new ArrayList<>();
        for (int i = 1; i < frParts.length; i++) {
            paragraphs.add(new LocalizedText(frParts[i], enParts[i]));
        }
        String[] frTitle = frParts[0].split("\n", 2);
        String[] enTitle = enParts[0].split("\n", 2);
        paragraphs.add(0, new LocalizedText(frTitle[1], enTitle[1]));
        SortedMap<String, String> facts = new TreeMap<>();
        facts.put("legalBasis", NoticeKind.RECEIPT.legalBasis());
        facts.put("reference", receipt.reference().toString());
        facts.put("receivedAt", offset(receipt.receivedAt(), receipt.zone()));
        Instant complementedAt = receipt.complementedAt();
        if (complementedAt != null) {
            facts.put("complementedAt", offset(complementedAt, receipt.zone()));
        }
        ImplicitDecision decision = receipt.implicitDecision();
        if (decision != null) {
            facts.put("implicitDecision", wire(decision.kind()));
            facts.put("implicitDecisionBornAtEndOf", decision.bornOn().toString());
            facts.put("implicitDecisionEffectiveFrom", decision.effectiveFrom().toString());
            facts.put("regimeSource", receipt.regimeSource().fr());
        }
        return new Notice(
                NoticeKind.RECEIPT,
                receipt.reference(),
                receipt.receivedAt(),
                new LocalizedText(frTitle[0], enTitle[0]),
                paragraphs,
                facts);
    }

    private static String wire(ImplicitDecision.Kind kind) {
        return kind == ImplicitDecision.Kind.ACCEPTANCE ? "acceptance" : "rejection";
    }

    private static String offset(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK);
    }

    /** Collects the values and paragraphs of one notice in both languages. */
    private static final class Writer {
        private final Map<String, String> fr = new HashMap<>();
        private final Map<String, String> en = new HashMap<>();
        private final List<LocalizedText> paragraphs = new ArrayList<>();
        private final SortedMap<String, String> facts = new TreeMap<>();
        private final Reference reference;
        private final Commune commune;
        private final Service service;

        Writer(
                Reference reference,
                @org.jspecify.annotations.Nullable LocalizedText procedure,
                Commune commune,
                Service service) {
            this.reference = requireNonNull(reference, "reference");
            this.commune = requireNonNull(commune, "commune");
            this.service = requireNonNull(service, "service");
            value("reference", reference.toString());
            value("commune", commune.name());
            value("court", commune.administrativeCourt());
            value("phone", service.phone());
            value("email", service.email());
            value("address", String.join(", ", service.postalAddress()));
            localized("service", service.name());
            localized("hours", service.hours().describe());
            if (procedure != null) {
                localized("procedure", procedure);
            }
            fact("reference", reference.toString());
            fact("commune", commune.name());
        }

        void value(String name, String value) {
            fr.put(name, value);
            en.put(name, value);
        }

        void localized(String name, LocalizedText text) {
            fr.put(name, text.fr());
            en.put(name, text.en());
        }

        void perLocale(String name, Function<Locale, String> value) {
            fr.put(name, value.apply(Locale.FRENCH));
            en.put(name, value.apply(Locale.ENGLISH));
        }

        void date(String name, LocalDate date) {
            perLocale(name, locale -> FrenchDates.date(date, locale));
        }

        void moment(Instant instant) {
            ZonedDateTime at = instant.atZone(commune.zone());
            date("date", at.toLocalDate());
            perLocale("time", locale -> FrenchDates.time(at.toLocalTime(), locale));
            fr.put("zone", ZoneTexts.label(at, false));
            en.put("zone", ZoneTexts.label(at, true));
        }

        void fact(String name, String value) {
            facts.put(name, value);
        }

        void paragraph(String key) {
            paragraphs.add(
                    new LocalizedText(
                            Template.fill(bundle(Locale.ROOT).getString(key), fr),
                            Template.fill(bundle(Locale.ENGLISH).getString(key), en)));
        }

        /** Adds lines to the last paragraph, one per item. */
        void appendLines(String key, String name, List<LocalizedText> items) {
            LocalizedText last = paragraphs.remove(paragraphs.size() - 1);
            StringBuilder frText = new StringBuilder(last.fr());
            StringBuilder enText = new StringBuilder(last.en());
            for (LocalizedText item : items) {
                frText.append('\n')
                        .append(
                                Template.fill(
                                        bundle(Locale.ROOT).getString(key),
                                        Map.of(name, item.fr())));
                enText.append('\n')
                        .append(
                                Template.fill(
                                        bundle(Locale.ENGLISH).getString(key),
                                        Map.of(name, item.en())));
            }
            paragraphs.add(new LocalizedText(frText.toString(), enText.toString()));
        }

        Notice build(NoticeKind kind, Instant issuedAt, String titleKey) {
            requireNonNull(issuedAt, "issuedAt");
            paragraph("contact");
            paragraph("footer");
            fact("kind", kind.wire());
            fact("legalBasis", kind.legalBasis());
            fact("issuedAt", offset(issuedAt, commune.zone()));
            fact("service", service.name().fr());
            return new Notice(
                    kind,
                    reference,
                    issuedAt,
                    new LocalizedText(
                            bundle(Locale.ROOT).getString(titleKey),
                            bundle(Locale.ENGLISH).getString(titleKey)),
                    paragraphs,
                    facts);
        }
    }
}
