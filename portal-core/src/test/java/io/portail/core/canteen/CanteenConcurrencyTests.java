package io.portail.core.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;

class CanteenConcurrencyTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    @Nested
    class Capacity {
        @RepeatedTest(20)
        void isNeverExceededByEightThreadsBookingAndCancelling() throws Exception {
            Canteen canteen =
                    new Canteen(
                            SaintExempleCanteen.rules().capacity(50).build(),
                            SaintExempleCanteen.at("2026-03-01T08:00:00Z"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            try {
                for (int thread = 0; thread < 8; thread++) {
                    int first = thread * 40;
                    results.add(
                            pool.submit(
                                    () -> {
                                        start.await();
                                        int done = 0;
                                        for (int i = first; i < first + 40; i++) {
                                            ChildId child = ChildId.of("E-" + i);
                                            if (canteen.book(child, MONDAY).isDone()) {
                                                done++;
                                            }
                                            if (i % 5 == 0
                                                    && canteen.cancel(child, MONDAY).isDone()) {
                                                done--;
                                            }
                                        }
                                        return done;
                                    }));
                }
                start.countDown();
                int booked = 0;
                for (Future<Integer> result : results) {
                    booked += result.get(30, TimeUnit.SECONDS);
                }

                // Cancellations free places that later bookings may or may not take again.
                assertThat(canteen.bookedOn(MONDAY)).isEqualTo(booked).isBetween(1, 50);
            } finally {
                pool.shutdownNow();
            }
        }

        @RepeatedTest(20)
        void isFilledExactlyByEightThreadsBooking() throws Exception {
            Canteen canteen =
                    new Canteen(
                            SaintExempleCanteen.rules().capacity(50).build(),
                            SaintExempleCanteen.at("2026-03-01T08:00:00Z"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            try {
                for (int thread = 0; thread < 8; thread++) {
                    int first = thread * 40;
                    results.add(
                            pool.submit(
                                    () -> {
                                        start.await();
                                        int done = 0;
                                        for (int i = first; i < first + 40; i++) {
                                            if (canteen.book(ChildId.of("E-" + i), MONDAY)
                                                    .isDone()) {
                                                done++;
                                            }
                                        }
                                        return done;
                                    }));
                }
                start.countDown();
                int booked = 0;
                for (Future<Integer> result : results) {
                    booked += result.get(30, TimeUnit.SECONDS);
                }

                assertThat(booked).isEqualTo(50);
                assertThat(canteen.bookedOn(MONDAY)).isEqualTo(50);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
