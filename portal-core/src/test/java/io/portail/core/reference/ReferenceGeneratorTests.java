package io.portail.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReferenceGeneratorTests {

    @Nested
    class Uniqueness {

        @Test
        void neverReturnsTheSameReferenceTwiceUnderConcurrency() throws Exception {
            ReferenceGenerator generator =
                    ReferenceGenerator.of(
                            "SE", new SecureRandom(), ReferenceReservations.inMemory());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<List<Reference>>> results = new ArrayList<>();
            try {
                for (int t = 0; t < 8; t++) {
                    Callable<List<Reference>> task =
                            () -> {
                                List<Reference> drawn = new ArrayList<>();
                                for (int i = 0; i < 10_000; i++) {
                                    drawn.add(generator.next());
                                }
                                return drawn;
                            };
                    results.add(pool.submit(task));
                }
                Set<Reference> all = new HashSet<>();
                for (Future<List<Reference>> result : results) {
                    all.addAll(result.get());
                }

                assertThat(all).hasSize(80_000);
                assertThat(all).allSatisfy(r -> assertThat(r.prefix()).isEqualTo("SE"));
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        void drawsAgainWhenAReferenceIsTaken() {
            Random random = new Random(42);
            Reference first = ReferenceGenerator.of("SE", new Random(42), r -> true).next();
            Set<Reference> taken = new HashSet<>(Set.of(first));
            ReferenceGenerator generator = ReferenceGenerator.of("SE", random, r -> taken.add(r));

            Reference drawn = generator.next();

            assertThat(drawn).isNotEqualTo(first);
            assertThat(taken).containsExactlyInAnyOrder(first, drawn);
        }

        @Test
        void givesUpAfterAFixedNumberOfAttempts() {
            AtomicInteger attempts = new AtomicInteger();
            ReferenceGenerator generator =
                    ReferenceGenerator.of("SE", r -> attempts.incrementAndGet() < 0);

            assertThatThrownBy(generator::next)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("No free reference with prefix SE after 32 attempts");
            assertThat(attempts).hasValue(ReferenceGenerator.MAX_ATTEMPTS);
        }
    }

    @Nested
    class Prefix {

        @Test
        void refusesAPrefixOutsideTheAlphabet() {
            assertThatThrownBy(() -> ReferenceGenerator.of("SO", ReferenceReservations.inMemory()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                            "A reference's prefix is two capital letters of"
                                    + " 23456789ABCDEFGHJKMNPRSTVWXYZ (no I, L, O, Q or U)");
        }
    }
}
