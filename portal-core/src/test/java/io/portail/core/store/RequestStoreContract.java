package io.portail.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portail.core.deadline.ImplicitDecision;
import io.portail.core.deadline.TimeWindow;
import io.portail.core.procedure.OpeningHours;
import io.portail.core.procedure.OpeningSlot;
import io.portail.core.procedure.Service;
import io.portail.core.receipt.Receipt;
import io.portail.core.reference.Reference;
import io.portail.core.reference.ReferenceGenerator;
import io.portail.core.request.Actor;
import io.portail.core.request.Channel;
import io.portail.core.request.DecisionClock;
import io.portail.core.request.Draft;
import io.portail.core.request.Request;
import io.portail.core.request.RequestCommand;
import io.portail.forms.validation.Answers;
import io.portail.forms.validation.NormalisedAnswers;
import io.portail.privacy.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link RequestStore} must have. Subclass it in your adapter's tests and
 * return a new, empty store from {@link #newStore()}:
 *
 * <pre>{@code
 * class JdbcRequestStoreTests extends RequestStoreContract {
 *     @Override
 *     protected RequestStore newStore() {
 *         return new JdbcRequestStore(freshDatabase());
 *     }
 * }
 * }</pre>
 *
 * The concurrency check runs {@link #threads()} threads of {@link #requestsPerThread()} saves;
 * lower them for a slow database.
 */
public abstract class RequestStoreContract {
    /** The zone the test requests are reckoned in. */
    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Received on Monday 16 March 2026 at 10:05 in Paris. */
    protected static final Instant RECEIVED_AT = Instant.parse("2026-03-16T09:05:00Z");

    private static final Service SERVICE =
            new Service(
                    LocalizedText.same("Service test"),
                    List.of("1 place de la Mairie", "45998 Testville"),
                    "test@testville.example",
                    "02 00 00 00 00",
                    new OpeningHours(
                            List.of(
                                    new OpeningSlot(
                                            DayOfWeek.MONDAY,
                                            LocalTime.of(9, 0),
                                            LocalTime.of(12, 0)))));

    private RequestStore store;

    /** Subclasses need no constructor. */
    protected RequestStoreContract() {}

    /**
     * Returns a new, empty store.
     *
     * @return the store under test
     */
    protected abstract RequestStore newStore();

    /**
     * Returns the number of threads of the concurrency check.
     *
     * @return 8 by default
     */
    protected int threads() {
        return 8;
    }

    /**
     * Returns the number of saves per thread of the concurrency check.
     *
     * @return 10 000 by default
     */
    protected int requestsPerThread() {
        return 10_000;
    }

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /**
     * Returns a stored request, received, with a two-month implicit acceptance.
     *
     * @param reference its reference
     * @param key its idempotency key
     * @return the stored request
     */
    protected static StoredRequest stored(Reference reference, String key) {
        Request request =
                Request.submitted(
                                reference,
                                "birth-record",
                                1,
                                RECEIVED_AT,
                                Channel.ONLINE,
                                new NormalisedAnswers(List.of()),
                                DecisionClock.notStarted(
                                        ImplicitDecision.Kind.ACCEPTANCE, Period.ofMonths(2)),
                                Actor.anonymousResident(),
                                PARIS)
                        .apply(
                                1,
                                new RequestCommand.Receive(),
                                new Actor.System(),
                                Channel.ONLINE,
                                RECEIVED_AT,
                                PARIS);
        Receipt receipt =
                new Receipt(
                        reference,
                        LocalizedText.same("Test"),
                        "Testville",
                        RECEIVED_AT,
                        PARIS,
                        SERVICE,
                        request.implicitDecision(),
                        LocalizedText.same("CRPA art. L231-1"),
                        "tribunal administratif d'Orléans");
        return new StoredRequest(key, "fingerprint-" + key, request, receipt);
    }

    private static StoredRequest next(StoredRequest stored, RequestCommand command) {
        Request request = stored.request();
        return new StoredRequest(
                stored.idempotencyKey(),
                stored.fingerprint(),
                request.apply(
                        request.version(),
                        command,
                        new Actor.Officer("agent"),
                        Channel.ONLINE,
                        RECEIVED_AT.plusSeconds(60),
                        PARIS),
                stored.receipt());
    }

    @Test
    void savesAndFindsByKeyAndReference() {
        StoredRequest one = stored(Reference.of("TV", "23456789"), "key-one-1");

        assertThat(store.saveIfAbsent(one)).isEqualTo(one);
        assertThat(store.findByIdempotencyKey("key-one-1")).contains(one);
        assertThat(store.findByReference(one.request().reference())).contains(one);
        assertThat(store.findByIdempotencyKey("key-none-1")).isEmpty();
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void returnsTheFirstRequestForTheSameKey() {
        // Case F13: a double click gives one request.
        StoredRequest first = stored(Reference.of("TV", "23456789"), "same-key-1");
        StoredRequest second = stored(Reference.of("TV", "98765432"), "same-key-1");
        store.saveIfAbsent(first);

        assertThat(store.saveIfAbsent(second).request().reference())
                .isEqualTo(first.request().reference());
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.findByReference(second.request().reference())).isEmpty();
    }

    @Test
    void storesNothingForANewKeyWithAReferenceStoredAndReturnsTheStoredRequest() {
        // Case F13: one draft sent twice with two keys; the second send is no second request,
        // and its key stays unknown so that it can never replay the first one.
        Reference reference = Reference.of("TV", "23456789");
        StoredRequest first = stored(reference, "first-key-1");
        StoredRequest second = stored(reference, "second-key-1");
        store.saveIfAbsent(first);

        StoredRequest returned = store.saveIfAbsent(second);

        assertThat(returned).isEqualTo(first);
        assertThat(returned.idempotencyKey()).isEqualTo("first-key-1");
        assertThat(store.findByIdempotencyKey("second-key-1")).isEmpty();
        assertThat(store.findByReference(reference)).contains(first);
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    void storesOneOfTwoConcurrentSavesOfOneReferenceWithTwoKeys() throws Exception {
        // Case F13, as it happens: both sends at once. Neither caller gets an exception.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ReferenceGenerator references = ReferenceGenerator.of("TV", new Random(13), store);
            for (int round = 0; round < 200; round++) {
                Reference reference = references.next();
                StoredRequest a = stored(reference, "tab-a-key-" + round);
                StoredRequest b = stored(reference, "tab-b-key-" + round);
                CountDownLatch start = new CountDownLatch(1);
                Future<StoredRequest> fromA =
                        pool.submit(
                                () -> {
                                    start.await();
                                    return store.saveIfAbsent(a);
                                });
                Future<StoredRequest> fromB =
                        pool.submit(
                                () -> {
                                    start.await();
                                    return store.saveIfAbsent(b);
                                });
                start.countDown();
                StoredRequest winner = fromA.get();

                assertThat(fromB.get()).isEqualTo(winner);
                assertThat(winner).isIn(a, b);
                assertThat(store.findByReference(reference)).contains(winner);
                String loserKey = winner == a ? b.idempotencyKey() : a.idempotencyKey();
                assertThat(store.findByIdempotencyKey(loserKey)).isEmpty();
            }
            assertThat(store.count()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reservesAReferenceOnce() {
        Reference reference = Reference.of("TV", "22222222");

        assertThat(store.tryReserve(reference)).isTrue();
        assertThat(store.tryReserve(reference)).isFalse();
    }

    @Test
    void replacesFromTheExpectedVersionOnly() {
        StoredRequest saved = stored(Reference.of("TV", "23456789"), "key-version-1");
        store.saveIfAbsent(saved);
        StoredRequest reviewed = next(saved, new RequestCommand.StartReview());
        StoredRequest accepted = next(saved, new RequestCommand.Decide(true));

        assertThat(store.replace(reviewed, 2)).isTrue();
        assertThat(store.replace(accepted, 2)).isFalse();
        assertThat(store.findByReference(saved.request().reference()).orElseThrow().request())
                .isEqualTo(reviewed.request());
        assertThat(store.findByIdempotencyKey("key-version-1").orElseThrow().request())
                .isEqualTo(reviewed.request());
    }

    @Test
    void refusesToReplaceAnUnknownRequest() {
        StoredRequest saved = stored(Reference.of("TV", "23456789"), "key-unknown-1");

        assertThatThrownBy(() -> store.replace(next(saved, new RequestCommand.StartReview()), 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.count()).isZero();
    }

    @Test
    void findsTheImplicitDecisionsDueOnTheirFirstDay() {
        // Case F15: born at the end of 16 May 2026, relied on from 17 May.
        StoredRequest due = stored(Reference.of("TV", "23456789"), "key-due-0001");
        StoredRequest decided =
                next(
                        stored(Reference.of("TV", "33333333"), "key-due-0002"),
                        new RequestCommand.Decide(true));
        store.saveIfAbsent(due);
        store.saveIfAbsent(decided);

        assertThat(store.findImplicitDecisionsDue(LocalDate.of(2026, 5, 16))).isEmpty();
        assertThat(store.findImplicitDecisionsDue(LocalDate.of(2026, 5, 17)))
                .extracting(s -> s.request().reference())
                .containsExactly(due.request().reference());
    }

    @Test
    void findsTheRequestsReceivedInAWindowStartIncludedEndExcluded() {
        StoredRequest one = stored(Reference.of("TV", "23456789"), "key-window-1");
        store.saveIfAbsent(one);

        assertThat(store.findReceivedIn(new TimeWindow(RECEIVED_AT, RECEIVED_AT.plusSeconds(1))))
                .containsExactly(one);
        assertThat(store.findReceivedIn(new TimeWindow(RECEIVED_AT.minusSeconds(1), RECEIVED_AT)))
                .isEmpty();
    }

    @Test
    void keepsDraftsWithTheirVersion() {
        Reference reference = Reference.of("TV", "44444444");
        Draft first = draft(reference, 1);

        assertThat(store.saveDraft(first)).isTrue();
        assertThat(store.saveDraft(first)).isFalse();
        assertThat(store.saveDraft(draft(reference, 3))).isFalse();
        assertThat(store.saveDraft(draft(reference, 2))).isTrue();
        assertThat(store.findDraft(reference).orElseThrow().version()).isEqualTo(2);
        assertThat(store.count()).isZero();
        assertThat(store.deleteDraft(reference)).isTrue();
        assertThat(store.findDraft(reference)).isEmpty();
        assertThat(store.deleteDraft(reference)).isFalse();
    }

    private static Draft draft(Reference reference, int version) {
        return new Draft(
                reference,
                "birth-record",
                1,
                Answers.ofText(Map.of("family-name", "Martin")),
                "person",
                Channel.ONLINE,
                Actor.anonymousResident(),
                RECEIVED_AT,
                version);
    }

    @Test
    void losesAndDuplicatesNothingUnderConcurrentSaves() throws Exception {
        int threads = threads();
        int each = requestsPerThread();
        ReferenceGenerator references = ReferenceGenerator.of("TV", new Random(5), store);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Reference>>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                calls.add(
                        () -> {
                            List<Reference> saved = new ArrayList<>(each);
                            for (int i = 0; i < each; i++) {
                                StoredRequest request =
                                        stored(references.next(), "key-" + thread + "-" + i);
                                assertThat(store.saveIfAbsent(request)).isSameAs(request);
                                saved.add(request.request().reference());
                            }
                            return saved;
                        });
            }
            Set<Reference> all = new HashSet<>();
            for (Future<List<Reference>> future : pool.invokeAll(calls)) {
                all.addAll(future.get());
            }

            assertThat(all).hasSize(threads * each);
            assertThat(store.count()).isEqualTo((long) threads * each);
            for (Reference reference : all) {
                assertThat(store.findByReference(reference)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
