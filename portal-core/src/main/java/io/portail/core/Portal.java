package io.portail.core;

import static java.util.Objects.requireNonNull;

import io.portail.core.calendar.WorkingCalendar;
import io.portail.core.calendar.fr.FrenchCalendars;
import io.portail.core.deadline.AppealDeadline;
import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.deadline.TimeWindow;
import io.portail.core.event.DomainEvent;
import io.portail.core.event.EventSink;
import io.portail.core.internal.IdempotencyKey;
import io.portail.core.internal.Ids;
import io.portail.core.json.NoticeJson;
import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.Commune;
import io.portail.core.procedure.DecisionRegime;
import io.portail.core.procedure.Procedure;
import io.portail.core.receipt.KeyRing;
import io.portail.core.receipt.Notice;
import io.portail.core.receipt.Notices;
import io.portail.core.receipt.Receipt;
import io.portail.core.receipt.SignedNotice;
import io.portail.core.receipt.Verification;
import io.portail.core.reference.Reference;
import io.portail.core.reference.ReferenceGenerator;
import io.portail.core.request.Actor;
import io.portail.core.request.Channel;
import io.portail.core.request.DecisionClock;
import io.portail.core.request.Draft;
import io.portail.core.request.DraftResult;
import io.portail.core.request.HistoryEntry;
import io.portail.core.request.Request;
import io.portail.core.request.RequestCommand;
import io.portail.core.request.RequestRefusedException;
import io.portail.core.request.RequestStatus;
import io.portail.core.request.Submission;
import io.portail.core.request.SubmissionResult;
import io.portail.core.store.InMemoryNoticeStore;
import io.portail.core.store.InMemoryRequestStore;
import io.portail.core.store.NoticeStore;
import io.portail.core.store.RequestStore;
import io.portail.core.store.StoredRequest;
import io.portail.forms.validation.Answer;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.FormValidator;
import io.portail.forms.validation.NormalisedAnswers;
import io.portail.forms.validation.ValidationResult;
import io.portail.privacy.text.LocalizedText;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of a commune's portal: submits requests against its catalogue and carries them
 * through their lifecycle.
 *
 * <p>A submission is validated against the procedure's form, then the request is created with a
 * reference, received, its acknowledgements issued (registration, CRPA art. R112-11-2; receipt,
 * R112-11-1) and stored atomically. The same idempotency key returns the same request and receipt
 * (case F13). Later commands ({@link #apply}) ask for missing pieces, record their arrival, decide,
 * withdraw or close, each guarded by the lifecycle and optimistic versioning; {@link #sweep}
 * applies the implicit decisions born of silence. Every notice is signed with the portal's {@link
 * KeyRing}, every transition published to its {@link EventSink}. Immutable and thread-safe; build
 * one with {@link #builder(Catalogue)}.
 *
 * <pre>{@code
 * Portal portal = Portal.builder(catalogue).clock(Clock.system(ZoneId.of("Europe/Paris"))).build();
 * SubmissionResult result = portal.submit(
 *         new Submission("birth-record", answers, Channel.ONLINE, idempotencyKey));
 * }</pre>
 */
public final class Portal {
    private static final Logger LOG = LoggerFactory.getLogger(Portal.class);

    private final Catalogue catalogue;
    private final Clock clock;
    private final RequestStore store;
    private final NoticeStore notices;
    private final KeyRing keys;
    private final EventSink events;
    private final URI eventSource;
    private final WorkingCalendar calendar;
    private final ReferenceGenerator references;
    private final Map<String, FormValidator> validators;

    private Portal(Builder builder) {
        this.catalogue = builder.catalogue;
        this.calendar = FrenchCalendars.forCommune(catalogue.commune().inseeCode());
        checkZone(catalogue.commune());
        this.clock = builder.clock.withZone(catalogue.commune().zone());
        this.store = builder.store;
        this.notices = builder.notices;
        this.keys = builder.keys != null ? builder.keys : ephemeralKeys();
        this.events = builder.events;
        this.eventSource =
                builder.eventSource != null
                        ? builder.eventSource
                        : URI.create("urn:portail:" + catalogue.commune().inseeCode());
        this.references = ReferenceGenerator.of(builder.referencePrefix, builder.random, store);
        this.validators =
                catalogue.procedures().stream()
                        .collect(
                                Collectors.toUnmodifiableMap(
                                        Portal::key, p -> FormValidator.of(p.form(), clock)));
    }

    /**
     * Refuses a commune whose zone is not the zone of its territory: legal dates are reckoned on
     * the days of the place where the commune is (CRPA L114-3 and L231-1 count from the day of
     * receipt there), so a commune of La Réunion reckoned in Paris time would have requests
     * received at 23:30 in Saint-Denis dated the day before, and every deadline a day off. A zone
     * of the same rules under another name is accepted.
     */
    private static void checkZone(Commune commune) {
        ZoneId expected = FrenchCalendars.zoneForCommune(commune.inseeCode());
        ZoneId zone = commune.zone();
        if (!zone.equals(expected) && !zone.getRules().equals(expected.getRules())) {
            throw new IllegalArgumentException(
                    "The commune "
                            + commune.inseeCode()
                            + " is given the zone "
                            + zone
                            + ", but its territory reckons legal dates in "
                            + expected
                            + "; give it that zone");
        }
    }

    /**
     * Starts building a portal for a catalogue.
     *
     * @param catalogue the commune's catalogue
     * @return a builder
     */
    public static Builder builder(Catalogue catalogue) {
        return new Builder(catalogue);
    }

    /**
     * Returns the catalogue.
     *
     * @return the catalogue
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Submits a request.
     *
     * @param submission the procedure, answers, channel, idempotency key and actor
     * @return the request and its receipt, or the violations to put right (nothing stored)
     * @throws PortalException if the procedure is unknown or not offered today, or the idempotency
     *     key was used for a different submission
     * @throws RequestRefusedException if the actor does not act for the resident, or a mandate does
     *     not allow it
     */
    public SubmissionResult submit(Submission submission) {
        requireNonNull(submission, "submission");
        Procedure procedure = procedure(submission.procedureId());
        if (!procedure.availability().isAvailableOn(LocalDate.now(clock))) {
            throw new PortalException(
                    PortalException.Reason.PROCEDURE_UNAVAILABLE,
                    "Procedure " + procedure.id() + " is not offered today");
        }
        return submit(
                procedure,
                submission.answers(),
                submission.channel(),
                submission.idempotencyKey(),
                submission.actor(),
                references::next,
                // A reference just reserved is free: taken, the store broke its contract.
                taken ->
                        new IllegalStateException(
                                "The store holds a request with the reference it reserved for"
                                        + " this submission: "
                                        + taken));
    }

    /**
     * Checks one step of a draft and saves it, so that the resident can resume it later.
     *
     * @param procedureId the procedure's id
     * @param stepId the step just filled in
     * @param answers all the answers so far, raw; only the step's are checked
     * @param draft the draft resumed, or null to start one
     * @param actor who fills it in
     * @param channel through which channel
     * @return the saved draft, or the step's violations (nothing saved)
     * @throws PortalException if the procedure is unknown
     * @throws RequestRefusedException if the draft changed since it was read ({@code
     *     STALE_VERSION})
     * @throws IllegalArgumentException if the step is unknown, an answer names a field the form
     *     does not have, or the draft is for another procedure
     */
    public DraftResult saveDraft(
            String procedureId,
            String stepId,
            Answers answers,
            @Nullable Draft draft,
            Actor actor,
            Channel channel) {
        requireNonNull(stepId, "stepId");
        requireNonNull(answers, "answers");
        requireNonNull(actor, "actor");
        requireNonNull(channel, "channel");
        Procedure procedure = procedure(procedureId);
        if (draft != null && !draft.procedureId().equals(procedure.id())) {
            throw new IllegalArgumentException(
                    "Draft "
                            + draft.reference()
                            + " is for procedure "
                            + Ids.shown(draft.procedureId()));
        }
        ValidationResult step = validators.get(key(procedure)).validateStep(stepId, answers);
        if (step instanceof ValidationResult.Invalid) {
            return new DraftResult.ToPutRight(((ValidationResult.Invalid) step).violations());
        }
        if (step instanceof ValidationResult.Ineligible) {
            return DraftResult.Ineligible.of((ValidationResult.Ineligible) step);
        }
        Draft next =
                new Draft(
                        draft == null ? references.next() : draft.reference(),
                        procedure.id(),
                        procedure.version(),
                        answers,
                        stepId,
                        channel,
                        actor,
                        clock.instant(),
                        draft == null ? 1 : draft.version() + 1);
        if (!store.saveDraft(next)) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.STALE_VERSION,
                    next.reference(),
                    "Draft " + next.reference() + " changed since it was read; read it again");
        }
        return new DraftResult.Saved(next);
    }

    /**
     * Finds a draft to resume it.
     *
     * <p>The portal does not know who is asking: the host shows a draft only to the account that
     * saved it ({@link Draft#actor()}), or to the agent or helper acting for that resident.
     *
     * @param reference the draft's reference
     * @return the draft, or empty
     */
    public Optional<Draft> draft(Reference reference) {
        return store.findDraft(reference);
    }

    /**
     * Submits a draft: checks every answer, then submits under the draft's reference and deletes
     * the draft.
     *
     * @param draft the draft, as last read
     * @param idempotencyKey the key of this intent to submit, 8 to 128 characters, not only white
     *     space, as in a {@link Submission}
     * @param actor who submits
     * @return the request and its receipt, or the violations to put right (the draft is kept)
     * @throws IllegalArgumentException if the key is shorter than 8 or longer than 128 characters,
     *     or only white space; nothing is read nor stored
     * @throws RequestRefusedException if the draft changed since it was read or was submitted, even
     *     at the same moment with another key ({@code STALE_VERSION}), its procedure is no longer
     *     in the catalogue, or a resident's account sends a draft another account saved ({@code
     *     ACTOR_NOT_ALLOWED})
     */
    public SubmissionResult submitDraft(Draft draft, String idempotencyKey, Actor actor) {
        requireNonNull(draft, "draft");
        requireNonNull(actor, "actor");
        IdempotencyKey.check(idempotencyKey);
        Draft stored =
                store.findDraft(draft.reference())
                        .filter(d -> d.version() == draft.version())
                        .orElseThrow(() -> staleDraft(draft.reference()));
        // A draft saved from a resident's account is sent from that account only.
        if (actor instanceof Actor.Resident
                && stored.actor() instanceof Actor.Resident
                && !stored.actor().equals(Actor.anonymousResident())
                && !stored.actor().equals(actor)) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.ACTOR_NOT_ALLOWED,
                    draft.reference(),
                    "Only the account that saved draft " + draft.reference() + " may send it");
        }
        Procedure procedure =
                catalogue
                        .procedure(stored.procedureId())
                        .orElseThrow(
                                () ->
                                        new RequestRefusedException(
                                                RequestRefusedException.Reason
                                                        .PROCEDURE_UNAVAILABLE,
                                                draft.reference(),
                                                "The procedure of this draft is no longer"
                                                        + " offered"));
        SubmissionResult result =
                submit(
                        procedure,
                        stored.answers(),
                        stored.channel(),
                        idempotencyKey,
                        actor,
                        stored::reference,
                        // The same draft submitted at once with another key won the reference.
                        Portal::staleDraft);
        if (result instanceof SubmissionResult.Accepted) {
            store.deleteDraft(stored.reference());
        }
        return result;
    }

    private SubmissionResult submit(
            Procedure procedure,
            Answers raw,
            Channel channel,
            String idempotencyKey,
            Actor actor,
            Supplier<Reference> reference,
            Function<Reference, RuntimeException> whenTaken) {
        ValidationResult validation = validators.get(key(procedure)).validate(raw);
        if (validation instanceof ValidationResult.Invalid) {
            return new SubmissionResult.Refused(
                    ((ValidationResult.Invalid) validation).violations());
        }
        if (validation instanceof ValidationResult.Ineligible) {
            return SubmissionResult.Ineligible.of((ValidationResult.Ineligible) validation);
        }
        NormalisedAnswers answers = ((ValidationResult.Valid) validation).answers();
        String fingerprint = fingerprint(procedure, answers, actor, channel);
        Optional<StoredRequest> earlier = store.findByIdempotencyKey(idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }

        Instant now = clock.instant();
        Request submitted =
                Request.submitted(
                        reference.get(),
                        procedure.id(),
                        procedure.version(),
                        now,
                        channel,
                        answers,
                        clockOf(procedure.regime()),
                        actor,
                        clock.getZone());
        // The electronic acknowledgement of receipt is immediate (CRPA art. R112-11-1): the portal
        // registers the request as received at the instant it is submitted.
        Request request =
                submitted.apply(
                        1,
                        new RequestCommand.Receive(),
                        new Actor.System(),
                        channel,
                        now,
                        clock.getZone());
        Receipt receipt = receipt(procedure, request, now);
        StoredRequest stored =
                store.saveIfAbsent(
                        new StoredRequest(idempotencyKey, fingerprint, request, receipt));
        if (stored.request() != request) {
            if (!stored.idempotencyKey().equals(idempotencyKey)) {
                throw whenTaken.apply(request.reference());
            }
            return replay(stored, fingerprint);
        }
        // The receipt is issued at once: the acknowledgement of registration is due only when it
        // is not (CRPA art. L112-11, R112-11-2), and would promise a receipt still to come.
        issue(Notices.receipt(receipt));
        publish(request, request.history());
        LOG.debug("Request {} received for {}", request.reference(), procedure.id());
        return new SubmissionResult.Accepted(request, receipt, false);
    }

    /**
     * Applies a command to a stored request: asks for missing pieces, records their arrival, starts
     * the review, decides, withdraws or closes.
     *
     * <p>The notices the command calls for are issued, signed and stored: the list of missing
     * pieces with their deadline (CRPA art. L114-5); a new receipt with the new date of the
     * implicit decision when the pieces arrive; the decision with the appeal routes and deadline
     * (CJA art. R421-1, R421-5), counted from the day of the decision, taken as the day of its
     * electronic notification. The transition is published to the event sink.
     *
     * @param reference the request's reference
     * @param expectedVersion the version the caller read
     * @param command what is done
     * @param actor who does it
     * @param channel through which channel
     * @return the request after the command and the notices issued
     * @throws RequestRefusedException if the request is unknown, changed since it was read, or the
     *     command not allowed now or by this actor; nothing is changed
     */
    public Outcome apply(
            Reference reference,
            int expectedVersion,
            RequestCommand command,
            Actor actor,
            Channel channel) {
        requireNonNull(reference, "reference");
        requireNonNull(command, "command");
        Instant now = clock.instant();
        // An implicit decision already born is the law's, whether or not a sweep has run: it is
        // applied first, and a command read on the earlier version then finds the request
        // changed (CRPA L231-1: the silence has decided).
        StoredRequest stored = settled(stored(reference), now);
        Request next =
                stored.request()
                        .apply(expectedVersion, command, actor, channel, now, clock.getZone());
        if (!store.replace(
                new StoredRequest(
                        stored.idempotencyKey(), stored.fingerprint(), next, stored.receipt()),
                expectedVersion)) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.STALE_VERSION,
                    reference,
                    "Request " + reference + " changed since version " + expectedVersion);
        }
        List<SignedNotice> issued = new ArrayList<>();
        Procedure procedure = catalogue.procedure(next.procedureId()).orElse(null);
        if (procedure != null) {
            Notice notice = noticeFor(procedure, next, command, now);
            if (notice != null) {
                issued.add(issue(notice));
            }
        }
        publish(next, next.history().subList(expectedVersion, next.version()));
        return new Outcome(next, issued);
    }

    private @Nullable Notice noticeFor(
            Procedure procedure, Request request, RequestCommand command, Instant now) {
        if (command instanceof RequestCommand.MarkIncomplete) {
            return Notices.incomplete(
                    request, procedure.title(), catalogue.commune(), procedure.service(), now);
        }
        if (command instanceof RequestCommand.Complement) {
            // The receipt of the complete file names both days: the request's and the pieces'.
            return Notices.receipt(receipt(procedure, request, request.receivedAt(), now));
        }
        if (command instanceof RequestCommand.Decide) {
            LocalDate today = LocalDate.ofInstant(now, clock.getZone());
            return Notices.decision(
                    request.reference(),
                    procedure.title(),
                    catalogue.commune(),
                    procedure.service(),
                    ((RequestCommand.Decide) command).accepted(),
                    now,
                    AppealDeadline.contentious(today, calendar));
        }
        return null;
    }

    /**
     * Applies the implicit decisions born before an instant: every request still waiting whose
     * implicit decision can be relied on at that instant moves to implicitly accepted or rejected.
     *
     * <p>Idempotent: a request already decided is left alone, so running the sweep twice, or from
     * two processes, decides each request once. Run it daily, for instance just after midnight in
     * the commune's zone.
     *
     * @param at the instant, usually now
     * @return the requests decided, and those changed meanwhile and left for the next sweep
     */
    public SweepReport sweep(Instant at) {
        requireNonNull(at, "at");
        LocalDate day = LocalDate.ofInstant(at, clock.getZone());
        List<Reference> decided = new ArrayList<>();
        List<Reference> skipped = new ArrayList<>();
        for (StoredRequest stored : store.findImplicitDecisionsDue(day)) {
            if (decideImplicitly(stored, at) != null) {
                decided.add(stored.request().reference());
            } else {
                skipped.add(stored.request().reference());
            }
        }
        if (!decided.isEmpty()) {
            LOG.info("Sweep at {}: {} implicit decisions applied", at, decided.size());
        }
        return new SweepReport(at, decided, skipped);
    }

    /**
     * Applies a request's implicit decision at an instant if it can be relied on then, as the sweep
     * does; stores it and publishes the transition.
     *
     * @return the request as stored after the decision, or null if none was applied (not due, not
     *     waiting, or changed meanwhile)
     */
    private @Nullable StoredRequest decideImplicitly(StoredRequest stored, Instant at) {
        Request request = stored.request();
        Instant when = later(at, request.history().get(request.version() - 1).at());
        Request next;
        try {
            next =
                    request.apply(
                            request.version(),
                            new RequestCommand.DecideImplicitly(),
                            new Actor.System(),
                            request.channel(),
                            when,
                            clock.getZone());
        } catch (RequestRefusedException e) {
            return null;
        }
        StoredRequest decided =
                new StoredRequest(
                        stored.idempotencyKey(), stored.fingerprint(), next, stored.receipt());
        if (!store.replace(decided, request.version())) {
            return null;
        }
        publish(next, next.history().subList(request.version(), next.version()));
        return decided;
    }

    /** The request with its implicit decision applied if it is born by the instant. */
    private StoredRequest settled(StoredRequest stored, Instant at) {
        ImplicitDecision decision = stored.request().implicitDecision();
        if (decision == null
                || LocalDate.ofInstant(at, clock.getZone()).isBefore(decision.effectiveFrom())) {
            return stored;
        }
        StoredRequest decided = decideImplicitly(stored, at);
        return decided != null ? decided : stored(stored.request().reference());
    }

    /**
     * Issues the attestation of an implicit acceptance, at the resident's request (CRPA art.
     * L232-3).
     *
     * @param reference the request's reference
     * @return the signed attestation, also stored with the request's notices
     * @throws RequestRefusedException if the request is unknown or not implicitly accepted
     */
    public SignedNotice attestation(Reference reference) {
        Request request = settled(stored(reference), clock.instant()).request();
        ImplicitDecision decision = request.implicitDecision();
        if (request.status() != RequestStatus.IMPLICITLY_ACCEPTED || decision == null) {
            throw new RequestRefusedException(
                    RequestRefusedException.Reason.NOT_IMPLICITLY_ACCEPTED,
                    reference,
                    "Request " + reference + " is not implicitly accepted");
        }
        Procedure procedure = procedure(request.procedureId());
        return issue(
                Notices.attestation(
                        reference,
                        procedure.title(),
                        catalogue.commune(),
                        procedure.service(),
                        decision,
                        source(procedure.regime()),
                        clock.instant()));
    }

    /**
     * Issues the receipt of a payment made for a request.
     *
     * @param reference the request's reference
     * @param amountCents the amount paid, in euro cents, positive
     * @param what what was paid for, as the resident reads it
     * @param paidAt when it was paid
     * @return the signed receipt, also stored with the request's notices
     * @throws RequestRefusedException if the request is unknown
     * @throws IllegalArgumentException if the amount is not positive
     */
    public SignedNotice paymentReceipt(
            Reference reference, long amountCents, LocalizedText what, Instant paidAt) {
        Request request = stored(reference).request();
        Procedure procedure = procedure(request.procedureId());
        return issue(
                Notices.payment(
                        reference,
                        catalogue.commune(),
                        procedure.service(),
                        amountCents,
                        what,
                        paidAt));
    }

    /**
     * Finds a request.
     *
     * @param reference its reference
     * @return the request, or empty
     */
    public Optional<Request> request(Reference reference) {
        return store.findByReference(requireNonNull(reference, "reference"))
                .map(StoredRequest::request);
    }

    /**
     * Lists the requests received in the last days, counted as periods of 24 hours back from now,
     * so that a change of daylight-saving time in between never fails nor shifts the window (case
     * F12): from {@code now - days × 24 h} to now, both included, so that a request received at the
     * clock's current instant is listed.
     *
     * @param days the number of days, positive
     * @return the requests, oldest first
     * @throws IllegalArgumentException if {@code days} is not positive
     */
    public List<Request> receivedInLastDays(int days) {
        return store.findReceivedIn(TimeWindow.lastDays(days, clock.instant())).stream()
                .map(StoredRequest::request)
                .toList();
    }

    /**
     * Returns the notices issued for a request, oldest first.
     *
     * @param reference its reference
     * @return the signed notices
     */
    public List<SignedNotice> notices(Reference reference) {
        return notices.findByReference(requireNonNull(reference, "reference"));
    }

    /**
     * Verifies a signed notice with the portal's key ring: the signature of its canonical JSON, and
     * that the notice it carries is the one that JSON describes.
     *
     * @param notice the notice as stored
     * @return the outcome; {@link Verification#INVALID} also when the notice shown differs from the
     *     notice signed
     */
    public Verification verify(SignedNotice notice) {
        requireNonNull(notice, "notice");
        Verification signature =
                NoticeJson.verify(notice.canonicalJson(), notice.signature(), keys);
        if (signature == Verification.VALID
                && !NoticeJson.write(notice.notice()).equals(notice.canonicalJson())) {
            return Verification.INVALID;
        }
        return signature;
    }

    private SignedNotice issue(Notice notice) {
        SignedNotice signed = NoticeJson.sign(notice, keys);
        notices.add(signed);
        return signed;
    }

    /** A sink that fails must not undo a stored transition: log without personal data, go on. */
    private void publish(Request request, List<HistoryEntry> entries) {
        for (HistoryEntry entry : entries) {
            DomainEvent event = DomainEvent.of(eventSource, request, entry);
            try {
                events.publish(event);
            } catch (RuntimeException e) {
                LOG.warn(
                        "Event sink failed on {} {} ({}); the transition is stored",
                        event.type(),
                        event.id(),
                        e.getClass().getName());
            }
        }
    }

    private static RequestRefusedException staleDraft(Reference reference) {
        return new RequestRefusedException(
                RequestRefusedException.Reason.STALE_VERSION,
                reference,
                "Draft " + reference + " changed or was submitted; read it again");
    }

    private StoredRequest stored(Reference reference) {
        requireNonNull(reference, "reference");
        return store.findByReference(reference)
                .orElseThrow(
                        () ->
                                new RequestRefusedException(
                                        RequestRefusedException.Reason.UNKNOWN_REQUEST,
                                        null,
                                        "No request has reference " + reference));
    }

    private Procedure procedure(String procedureId) {
        requireNonNull(procedureId, "procedureId");
        return catalogue
                .procedure(procedureId)
                .orElseThrow(
                        () ->
                                new PortalException(
                                        PortalException.Reason.UNKNOWN_PROCEDURE,
                                        "The catalogue has no procedure "
                                                + Ids.shown(procedureId)));
    }

    private static String key(Procedure procedure) {
        return procedure.id() + "@" + procedure.version();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static SubmissionResult replay(StoredRequest stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new PortalException(
                    PortalException.Reason.IDEMPOTENCY_KEY_REUSED,
                    // The other request is not named: its sender may be someone else.
                    "This idempotency key was used for a different submission; make a new key"
                            + " for each new submission");
        }
        return new SubmissionResult.Accepted(stored.request(), stored.receipt(), true);
    }

    private Receipt receipt(Procedure procedure, Request request, Instant receivedAt) {
        return receipt(procedure, request, receivedAt, null);
    }

    private Receipt receipt(
            Procedure procedure,
            Request request,
            Instant receivedAt,
            @Nullable Instant complementedAt) {
        return new Receipt(
                request.reference(),
                procedure.title(),
                catalogue.commune().name(),
                receivedAt,
                clock.getZone(),
                procedure.service(),
                request.implicitDecision(),
                source(procedure.regime()),
                catalogue.commune().administrativeCourt(),
                complementedAt);
    }

    /**
     * The period of silence runs from the day the complete request is received (CRPA art. L231-1,
     * L231-4, L114-3); see {@link DecisionClock} for missing pieces (L114-5).
     */
    private static @Nullable DecisionClock clockOf(DecisionRegime regime) {
        if (regime instanceof DecisionRegime.ImplicitAcceptance) {
            return DecisionClock.notStarted(
                    ImplicitDecision.Kind.ACCEPTANCE,
                    ((DecisionRegime.ImplicitAcceptance) regime).period());
        } else if (regime instanceof DecisionRegime.ImplicitRejection) {
            return DecisionClock.notStarted(
                    ImplicitDecision.Kind.REJECTION,
                    ((DecisionRegime.ImplicitRejection) regime).period());
        }
        return null;
    }

    private static LocalizedText source(DecisionRegime regime) {
        if (regime instanceof DecisionRegime.ImplicitAcceptance) {
            return ((DecisionRegime.ImplicitAcceptance) regime).source();
        } else if (regime instanceof DecisionRegime.ImplicitRejection) {
            return ((DecisionRegime.ImplicitRejection) regime).source();
        }
        return ((DecisionRegime.NoImplicitDecision) regime).source();
    }

    private static KeyRing ephemeralKeys() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return KeyRing.of("ephemeral", key);
    }

    /**
     * Digests what a submission asked, and who asked it, so that a key reused by someone else, on
     * another channel or with other answers is told apart from a repeat (case F13). Characters are
     * hashed as UTF-16 code units, so that no two texts share a digest through encoding.
     */
    private static String fingerprint(
            Procedure procedure, NormalisedAnswers answers, Actor actor, Channel channel) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(procedure.id()).append('\u0000').append(procedure.version());
        canonical.append('\u0000').append(who(actor)).append('\u0000').append(channel.name());
        for (Answer answer : answers.all()) {
            canonical.append('\u0000').append(answer.field().id());
            canonical.append('\u0001').append(answer.text());
        }
        byte[] units = new byte[canonical.length() * 2];
        for (int i = 0; i < canonical.length(); i++) {
            char c = canonical.charAt(i);
            units[2 * i] = (byte) (c >>> 8);
            units[2 * i + 1] = (byte) c;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(units));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String who(Actor actor) {
        if (actor instanceof Actor.Resident) {
            return "resident:" + ((Actor.Resident) actor).accountId();
        } else if (actor instanceof Actor.DeskAgent) {
            return "desk:" + ((Actor.DeskAgent) actor).agentId();
        } else if (actor instanceof Actor.MandatedHelper) {
            return "helper:" + ((Actor.MandatedHelper) actor).helperId();
        } else if (actor instanceof Actor.LegalRepresentative) {
            return "representative:" + ((Actor.LegalRepresentative) actor).representativeId();
        } else if (actor instanceof Actor.Officer) {
            return "officer:" + ((Actor.Officer) actor).agentId();
        }
        return "system";
    }

    /** Builds a {@link Portal}. Not thread-safe. */
    public static final class Builder {
        private final Catalogue catalogue;
        private Clock clock = Clock.systemUTC();
        private RequestStore store = new InMemoryRequestStore();
        private NoticeStore notices = new InMemoryNoticeStore();
        private @Nullable KeyRing keys;
        private EventSink events = event -> {};
        private @Nullable URI eventSource;
        private String referencePrefix;
        private RandomGenerator random = new SecureRandom();

        private Builder(Catalogue catalogue) {
            this.catalogue = requireNonNull(catalogue, "catalogue");
            this.referencePrefix = prefixOf(catalogue.commune().name());
        }

        /**
         * Sets the clock; its zone is replaced by the commune's.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets where requests and drafts are stored; in memory by default.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(RequestStore store) {
            this.store = requireNonNull(store, "store");
            return this;
        }

        /**
         * Sets where signed notices are stored; in memory by default.
         *
         * @param notices the store
         * @return this builder
         */
        public Builder notices(NoticeStore notices) {
            this.notices = requireNonNull(notices, "notices");
            return this;
        }

        /**
         * Sets the keys that sign notices. By default a random key, id {@code ephemeral}, lives as
         * long as the portal: set your own for notices to verify after a restart.
         *
         * @param keys the key ring
         * @return this builder
         */
        public Builder keys(KeyRing keys) {
            this.keys = requireNonNull(keys, "keys");
            return this;
        }

        /**
         * Sets where domain events are published; by default they are dropped.
         *
         * @param events the sink
         * @return this builder
         */
        public Builder events(EventSink events) {
            this.events = requireNonNull(events, "events");
            return this;
        }

        /**
         * Sets the CloudEvents source of the events; {@code urn:portail:} and the commune's INSEE
         * code by default.
         *
         * @param source a URI reference
         * @return this builder
         */
        public Builder eventSource(URI source) {
            this.eventSource = requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the two letters that start every reference; by default from the commune's name.
         *
         * @param prefix two letters of the reference alphabet, such as {@code SE}
         * @return this builder
         */
        public Builder referencePrefix(String prefix) {
            this.referencePrefix = requireNonNull(prefix, "prefix");
            return this;
        }

        /**
         * Sets the random source of references; a {@link SecureRandom} by default. A seeded source
         * gives the same references run after run, for tests and demonstrations.
         *
         * @param random the random source, safe for concurrent use if the portal is shared
         * @return this builder
         */
        public Builder referenceRandom(RandomGenerator random) {
            this.random = requireNonNull(random, "random");
            return this;
        }

        /**
         * Builds the portal.
         *
         * @return the portal
         * @throws IllegalArgumentException if the reference prefix is not two letters of the
         *     reference alphabet, the commune's department has no working-day calendar, or the
         *     commune's zone is not the zone of its territory ({@code Indian/Reunion} for a commune
         *     of La Réunion, say)
         */
        public Portal build() {
            return new Portal(this);
        }

        /** Takes the initials of the commune's name, falling back on letters the alphabet has. */
        private static String prefixOf(String name) {
            Function<Character, Boolean> allowed =
                    c -> io.portail.core.reference.Reference.ALPHABET.indexOf(c) >= 0;
            StringBuilder prefix = new StringBuilder();
            for (String word : name.toUpperCase(Locale.ROOT).split("[^A-Z]+")) {
                if (!word.isEmpty() && allowed.apply(word.charAt(0)) && prefix.length() < 2) {
                    prefix.append(word.charAt(0));
                }
            }
            return prefix.length() == 2 ? prefix.toString() : "PT";
        }
    }
}
