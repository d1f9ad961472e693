package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.fr.AntsPreDemandeRule;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an ANTS pre-application number before a booking: its form ({@link AntsPreDemandeRule}),
 * then its status at the ANTS, within a deadline.
 *
 * <p>Only a validated pre-application without any other appointment may be booked. A lookup that
 * fails or answers after the deadline is a failure: nothing is booked, and the resident is asked to
 * try again (a booking never rests on a status nobody confirmed). Thread-safe.
 */
public final class AntsCheck {
    private static final Logger LOG = LoggerFactory.getLogger(AntsCheck.class);

    /** The most lookups running at once on the shared threads; more wait their turn. */
    private static final int MAX_THREADS = 16;

    /**
     * Lookups run on at most {@value #MAX_THREADS} daemon threads: a lookup stuck past its deadline
     * never blocks exit, and a slow ANTS cannot make the portal start threads without bound (a
     * lookup waiting for a thread counts against its own timeout).
     */
    private static final ExecutorService SHARED = sharedExecutor();

    private final AntsStatusLookup lookup;
    private final Duration timeout;
    private final Clock clock;
    private final Executor executor;

    private AntsCheck(AntsStatusLookup lookup, Duration timeout, Clock clock, Executor executor) {
        this.lookup = lookup;
        this.timeout = timeout;
        this.clock = clock;
        this.executor = executor;
    }

    /**
     * Returns a check that waits at most {@code timeout} for the ANTS.
     *
     * @param lookup the status lookup
     * @param timeout how long to wait, positive
     * @param clock the clock giving the deadline passed to the lookup
     * @return the check
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public static AntsCheck of(AntsStatusLookup lookup, Duration timeout, Clock clock) {
        return of(lookup, timeout, clock, SHARED);
    }

    /**
     * Returns a check running lookups on a given executor.
     *
     * @param lookup the status lookup
     * @param timeout how long to wait, positive
     * @param clock the clock giving the deadline passed to the lookup
     * @param executor where lookups run
     * @return the check
     * @throws IllegalArgumentException if the timeout is not positive
     */
    public static AntsCheck of(
            AntsStatusLookup lookup, Duration timeout, Clock clock, Executor executor) {
        requireNonNull(lookup, "lookup");
        requireNonNull(timeout, "timeout");
        requireNonNull(clock, "clock");
        requireNonNull(executor, "executor");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("A lookup timeout is positive");
        }
        return new AntsCheck(lookup, timeout, clock, executor);
    }

    /**
     * Checks a pre-application number.
     *
     * @param typed the number as the resident typed it, or null if nothing was typed
     * @param zone the zone in which dates of refusals are written
     * @return the normalised number when it may be booked, or the refusal
     */
    public Verdict check(String typed, ZoneId zone) {
        requireNonNull(typed, "typed");
        requireNonNull(zone, "zone");
        RuleResult form = AntsPreDemandeRule.INSTANCE.check(typed);
        if (form instanceof RuleResult.Invalid invalid) {
            return Verdict.refused(Refusals.preDemandeFormat(invalid.problem()));
        }
        String number = ((RuleResult.Valid) form).normalised();
        AntsStatus status;
        try {
            status = lookup(number);
        } catch (TimeoutException e) {
            LOG.warn("The ANTS status lookup did not answer within {}", timeout);
            return Verdict.refused(Refusals.antsUnavailable());
        } catch (RuntimeException e) {
            LOG.warn("The ANTS status lookup failed: {}", e.getClass().getName());
            return Verdict.refused(Refusals.antsUnavailable());
        }
        switch (status.state()) {
            case UNKNOWN:
                return Verdict.refused(Refusals.preDemandeUnknown());
            case DECLARED:
                return Verdict.refused(Refusals.preDemandeNotValidated());
            case CONSUMED:
                return Verdict.refused(Refusals.preDemandeConsumed());
            case EXPIRED:
                return Verdict.refused(Refusals.preDemandeExpired());
            case VALIDATED:
            default:
                break;
        }
        if (!status.appointments().isEmpty()) {
            return Verdict.refused(Refusals.bookedElsewhere(status.appointments().get(0), zone));
        }
        return new Verdict(Optional.of(number), Optional.empty());
    }

    private static ExecutorService sharedExecutor() {
        ThreadPoolExecutor executor =
                new ThreadPoolExecutor(
                        MAX_THREADS,
                        MAX_THREADS,
                        60,
                        TimeUnit.SECONDS,
                        new LinkedBlockingQueue<>(),
                        task -> {
                            Thread thread = new Thread(task, "portail-ants-lookup");
                            thread.setDaemon(true);
                            return thread;
                        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private AntsStatus lookup(String number) throws TimeoutException {
        Instant deadline = clock.instant().plus(timeout);
        CompletableFuture<AntsStatus> answer =
                CompletableFuture.supplyAsync(() -> lookup.status(number, deadline), executor);
        try {
            return requireNonNull(answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS), "status");
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new IllegalStateException("Interrupted while waiting for the ANTS", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("The ANTS lookup failed", cause);
        }
    }

    /**
     * The outcome of a check: the normalised number, or a refusal.
     *
     * @param number the normalised number, present when it may be booked
     * @param refusal the refusal, present otherwise
     */
    public record Verdict(Optional<String> number, Optional<Refusal> refusal) {
        /**
         * Checks the verdict: exactly one of the two is present.
         *
         * @param number the normalised number
         * @param refusal the refusal
         * @throws IllegalArgumentException unless exactly one is present
         */
        public Verdict {
            requireNonNull(number, "number");
            requireNonNull(refusal, "refusal");
            if (number.isPresent() == refusal.isPresent()) {
                throw new IllegalArgumentException("A verdict is a number or a refusal");
            }
        }

        static Verdict refused(Refusal refusal) {
            return new Verdict(Optional.empty(), Optional.of(refusal));
        }

        @Override
        public String toString() {
            return number.isPresent() ? "Verdict[number=***]" : "Verdict[" + refusal.get() + "]";
        }
    }
}
