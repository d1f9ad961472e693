package io.portail.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.deadline.ImplicitDecision;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionClockTests {
    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 16);

    @Nested
    class Acceptance {
        final DecisionClock running =
                DecisionClock.notStarted(ImplicitDecision.Kind.ACCEPTANCE, Period.ofMonths(2))
                        .start(RECEIVED);

        @Test
        void bornTwoMonthsAfterReceiptCaseF15() {
            assertThat(running.decision().bornOn()).isEqualTo(LocalDate.of(2026, 5, 16));
            assertThat(running.decision().effectiveFrom()).isEqualTo(LocalDate.of(2026, 5, 17));
        }

        @Test
        void stopsWhilePiecesAreMissingAndStartsAgainInFull() {
            // CRPA art. L114-5, second paragraph.
            DecisionClock stopped =
                    running.piecesAsked(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 10));
            assertThat(stopped.decision()).isNull();

            assertThat(stopped.piecesReceived(LocalDate.of(2026, 4, 30)).decision().bornOn())
                    .isEqualTo(LocalDate.of(2026, 6, 30));
        }
    }

    @Nested
    class Rejection {
        final DecisionClock running =
                DecisionClock.notStarted(ImplicitDecision.Kind.REJECTION, Period.ofMonths(2))
                        .start(RECEIVED);

        @Test
        void isSuspendedFromTheRequestForPiecesToTheirArrival() {
            // CRPA art. L114-5, third paragraph: 10 April to 15 April, 5 days.
            DecisionClock suspended =
                    running.piecesAsked(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 10));

            assertThat(suspended.decision().bornOn()).isEqualTo(LocalDate.of(2026, 6, 15));
            assertThat(suspended.piecesReceived(LocalDate.of(2026, 4, 15)).decision().bornOn())
                    .isEqualTo(LocalDate.of(2026, 5, 21));
        }

        @Test
        void endsTheSuspensionOnTheDeadlineWhenPiecesComeLate() {
            DecisionClock late =
                    running.piecesAsked(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20))
                            .piecesReceived(LocalDate.of(2026, 5, 1));

            assertThat(late.decision().bornOn()).isEqualTo(LocalDate.of(2026, 5, 26));
        }

        @Test
        void addsTwoSuspensions() {
            DecisionClock twice =
                    running.piecesAsked(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1))
                            .piecesReceived(LocalDate.of(2026, 4, 3))
                            .piecesAsked(LocalDate.of(2026, 4, 10), LocalDate.of(2026, 5, 1))
                            .piecesReceived(LocalDate.of(2026, 4, 13));

            assertThat(twice.decision().bornOn()).isEqualTo(LocalDate.of(2026, 5, 21));
        }
    }
}
