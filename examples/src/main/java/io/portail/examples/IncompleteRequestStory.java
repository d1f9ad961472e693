package io.portail.examples;

import io.portail.core.Outcome;
import io.portail.core.Portal;
import io.portail.core.procedure.Catalogue;
import io.portail.core.receipt.SignedNotice;
import io.portail.core.request.Actor;
import io.portail.core.request.Channel;
import io.portail.core.request.MissingPiece;
import io.portail.core.request.Request;
import io.portail.core.request.RequestCommand;
import io.portail.core.request.Submission;
import io.portail.core.request.SubmissionResult;
import io.portail.forms.json.AnswersJson;
import io.portail.forms.validation.Answers;
import io.portail.privacy.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A request that goes incomplete, is complemented, and is accepted by the administration's silence
 * (CRPA art. L114-5, L231-1, L232-3): the notices the resident reads at each step.
 */
final class IncompleteRequestStory {
    private static final MissingPiece PROOF_OF_IDENTITY =
            new MissingPiece(
                    "proof-of-identity",
                    new LocalizedText(
                            "la copie d'une pièce d'identité de la personne qui demande l'acte",
                            "a copy of an identity document of the person asking for the record"));

    private IncompleteRequestStory() {}

    static void run(PrintStream out, Catalogue catalogue, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        StoryClock clock = new StoryClock(Demo.DEMO_NOW, catalogue.commune().zone());
        Portal portal =
                Portal.builder(catalogue).clock(clock).referenceRandom(new Random(17)).build();
        Answers answers;
        var form = catalogue.procedure("birth-record").orElseThrow().form();
        try (InputStream in = SaintExemple.open("samples/01-extrait-pour-soi.json")) {
            answers = AnswersJson.read("01-extrait-pour-soi.json", in, form);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Request request =
                ((SubmissionResult.Accepted)
                                portal.submit(
                                        new Submission(
                                                "birth-record",
                                                answers,
                                                Channel.ONLINE,
                                                "story-incomplete-1")))
                        .request();
        out.println(
                english
                        ? "Monday 16 March 2026: the request is received (receipt above)."
                        : "Lundi 16 mars 2026 : la demande est reçue (accusé de réception plus"
                                + " haut).");

        clock.set(Instant.parse("2026-03-20T10:00:00Z"));
        Outcome incomplete =
                portal.apply(
                        request.reference(),
                        request.version(),
                        new RequestCommand.MarkIncomplete(
                                List.of(PROOF_OF_IDENTITY), LocalDate.of(2026, 4, 20)),
                        new Actor.Officer("agent-etat-civil-2"),
                        Channel.ONLINE);
        print(
                out,
                english
                        ? "Friday 20 March 2026: a piece is missing."
                        : "Vendredi 20 mars 2026 : il manque une pièce.",
                incomplete.notices(),
                locale);

        clock.set(Instant.parse("2026-04-01T08:00:00Z"));
        Outcome complemented =
                portal.apply(
                        request.reference(),
                        incomplete.request().version(),
                        new RequestCommand.Complement(),
                        new Actor.Resident("compte-camille"),
                        Channel.ONLINE);
        print(
                out,
                english
                        ? "Wednesday 1 April 2026: the piece arrives; the two months start again."
                        : "Mercredi 1er avril 2026 : la pièce arrive ; les deux mois repartent.",
                complemented.notices(),
                locale);

        Instant june2 = Instant.parse("2026-06-01T22:30:00Z");
        clock.set(june2);
        var sweep = portal.sweep(june2);
        out.println();
        out.println(
                english
                        ? "Tuesday 2 June 2026, 00:30: the daily sweep finds "
                                + sweep.decided().size()
                                + " request accepted by silence: "
                                + sweep.decided()
                        : "Mardi 2 juin 2026, 0 h 30 : le passage quotidien trouve "
                                + sweep.decided().size()
                                + " demande acceptée par le silence de la mairie : "
                                + sweep.decided());
        SignedNotice attestation = portal.attestation(request.reference());
        print(
                out,
                english
                        ? "The resident asks for the attestation:"
                        : "La personne demande l'attestation :",
                List.of(attestation),
                locale);
        out.println(
                (english ? "Signature checked: " : "Signature vérifiée : ")
                        + portal.verify(attestation));
    }

    private static void print(
            PrintStream out, String when, List<SignedNotice> notices, Locale locale) {
        out.println();
        out.println(when);
        for (SignedNotice notice : notices) {
            out.println();
            out.print(notice.notice().text(locale));
        }
    }
}
