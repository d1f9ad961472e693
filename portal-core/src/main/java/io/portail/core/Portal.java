package io.portail.core;

import static java.util.Objects.requireNonNull;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.procedure.Catalogue;
import io.portail.core.procedure.DecisionRegime;
import io.portail.core.procedure.Procedure;
import io.portail.core.receipt.Receipt;
import io.portail.core.reference.ReferenceGenerator;
import io.portail.core.request.Request;
import io.portail.core.request.RequestStatus;
import io.portail.core.request.Submission;
import io.portail.core.request.SubmissionResult;
import io.portail.core.store.InMemoryRequestStore;
import io.portail.core.store.RequestStore;
import io.portail.core.store.StoredRequest;
import io.portail.forms.validation.Answer;
import io.portail.forms.validation.FormValidator;
import io.portail.forms.validation.NormalisedAnswers;
import io.portail.forms.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of a commune's portal: submits requests against its catalogue.
 *
 * <p>A submission is validated against the procedure's form, then the request is created with a
 * reference, its receipt issued with the dates the law attaches to it, and both stored atomically.
 * The same idempotency key returns the same request and receipt (case F13). Immutable and
 * thread-safe; build one with {@link #builder(Catalogue)}.
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
    private final ReferenceGenerator references;
    private final Map<String, FormValidator> validators;

    private Portal(Builder builder) {
        this.catalogue = builder.catalogue;
        this.clock = builder.clock.withZone(catalogue.commune().zone());
        this.store = builder.store;
        this.references = ReferenceGenerator.of(builder.referencePrefix, builder.random, store);
        this.validators =
                catalogue.procedures().stream()
                        .collect(
                                Collectors.toUnmodifiableMap(
                                        Procedure::id, p -> FormValidator.of(p.form(), clock)));
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
     * @param submission the procedure, answers, channel and idempotency key
     * @return the request and its receipt, or the violations to put right (nothing stored)
     * @throws PortalException if the procedure is unknown, or the idempotency key was used for a
     *     different submission
     */
    public SubmissionResult submit(Submission submission) {
        requireNonNull(submission, "submission");
        Procedure procedure =
                catalogue
                        .procedure(submission.procedureId())
                        .orElseThrow(
                                () ->
                                        new PortalException(
                                                PortalException.Reason.UNKNOWN_PROCEDURE,
                                                "The catalogue has no procedure "
                                                        + printable(submission.procedureId())));
        ValidationResult validation = validators.get(procedure.id()).validate(submission.answers());
        if (validation instanceof ValidationResult.Invalid) {
            return new SubmissionResult.Refused(
                    ((ValidationResult.Invalid) validation).violations());
        }
        NormalisedAnswers answers = ((ValidationResult.Valid) validation).answers();
        String fingerprint = fingerprint(procedure, answers);
        Optional<StoredRequest> earlier = store.findByIdempotencyKey(submission.idempotencyKey());
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }

        Instant now = clock.instant();
        Request request =
                new Request(
                        references.next(),
                        procedure.id(),
                        procedure.version(),
                        now,
                        submission.channel(),
                        answers,
                        RequestStatus.RECEIVED);
        Receipt receipt = receipt(procedure, request);
        StoredRequest stored =
                store.saveIfAbsent(
                        new StoredRequest(
                                submission.idempotencyKey(), fingerprint, request, receipt));
        if (stored.request() != request) {
            return replay(stored, fingerprint);
        }
        LOG.debug("Request {} received for {}", request.reference(), procedure.id());
        return new SubmissionResult.Accepted(request, receipt, false);
    }

    private static SubmissionResult replay(StoredRequest stored, String fingerprint) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new PortalException(
                    PortalException.Reason.IDEMPOTENCY_KEY_REUSED,
                    "This idempotency key was used for a different submission, request "
                            + stored.request().reference());
        }
        return new SubmissionResult.Accepted(stored.request(), stored.receipt(), true);
    }

    private Receipt receipt(Procedure procedure, Request request) {
        LocalDate receivedOn = LocalDate.ofInstant(request.receivedAt(), clock.getZone());
        ImplicitDecision decision = implicitDecision(procedure.regime(), receivedOn);
        String source = source(procedure.regime());
        return new Receipt(
                request.reference(),
                procedure.title(),
                catalogue.commune().name(),
                request.receivedAt(),
                clock.getZone(),
                procedure.service(),
                decision,
                source,
                catalogue.commune().administrativeCourt());
    }

    /**
     * The period of silence runs from the day the complete request is received (CRPA art. L231-1,
     * L231-4); see {@link ImplicitDecision#after} for when the decision is born.
     */
    private static @Nullable ImplicitDecision implicitDecision(
            DecisionRegime regime, LocalDate receivedOn) {
        if (regime instanceof DecisionRegime.ImplicitAcceptance) {
            return ImplicitDecision.after(
                    ImplicitDecision.Kind.ACCEPTANCE,
                    receivedOn,
                    ((DecisionRegime.ImplicitAcceptance) regime).period());
        } else if (regime instanceof DecisionRegime.ImplicitRejection) {
            return ImplicitDecision.after(
                    ImplicitDecision.Kind.REJECTION,
                    receivedOn,
                    ((DecisionRegime.ImplicitRejection) regime).period());
        }
        return null;
    }

    private static String source(DecisionRegime regime) {
        if (regime instanceof DecisionRegime.ImplicitAcceptance) {
            return ((DecisionRegime.ImplicitAcceptance) regime).source();
        } else if (regime instanceof DecisionRegime.ImplicitRejection) {
            return ((DecisionRegime.ImplicitRejection) regime).source();
        }
        return ((DecisionRegime.NoImplicitDecision) regime).source();
    }

    private static String fingerprint(Procedure procedure, NormalisedAnswers answers) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(procedure.id()).append('\u0000').append(procedure.version());
        for (Answer answer : answers.all()) {
            canonical.append('\u0000').append(answer.field().id());
            canonical.append('\u0001').append(answer.text());
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String printable(String id) {
        String cut = id.length() > 64 ? id.substring(0, 64) + "…" : id;
        return cut.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** Builds a {@link Portal}. Not thread-safe. */
    public static final class Builder {
        private final Catalogue catalogue;
        private Clock clock = Clock.systemUTC();
        private RequestStore store = new InMemoryRequestStore();
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
         * Sets where requests are stored; in memory by default.
         *
         * @param store the store
         * @return this builder
         */
        public Builder store(RequestStore store) {
            this.store = requireNonNull(store, "store");
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
         *     reference alphabet
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
