package io.portail.core.canteen;

import static io.portail.core.canteen.SaintExempleCanteen.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CanteenTests {

    private static final ChildId LOU = ChildId.of("E-0001");
    private static final ChildId NOE = ChildId.of("E-0002");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    // Bookings for the week of 16 March 2026 close on Thursday 12 March at 12:00 in Paris (11:00
    // UTC); cancellations of Monday's meal two working days before at 10:00 (09:00 UTC).
    private static Canteen canteenAt(String instant) {
        return new Canteen(SaintExempleCanteen.rules().build(), at(instant));
    }

    @Nested
    class Booking {
        @Test
        void isAcceptedBeforeTheWeeklyCutOff() {
            Outcome outcome = canteenAt("2026-03-12T10:59:59Z").book(LOU, MONDAY);

            assertThat(outcome.isDone()).isTrue();
            assertThat(outcome.message().fr())
                    .isEqualTo("Le repas du lundi 16 mars 2026 est réservé.");
            assertThat(outcome.message().en())
                    .isEqualTo("The meal on Monday 16 March 2026 is booked.");
        }

        @Test
        void isRefusedAtTheCutOffInPlainWords() {
            Outcome outcome = canteenAt("2026-03-12T11:00:00Z").book(LOU, MONDAY);

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            Outcome.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(Outcome.Reason.TOO_LATE));
            assertThat(outcome.message().fr())
                    .isEqualTo(
                            "Il n'est plus possible de réserver le repas du lundi 16 mars 2026 :"
                                    + " les réservations pour ce jour se terminaient le jeudi 12"
                                    + " mars 2026 à 12 h. Contactez le service de restauration"
                                    + " scolaire si votre enfant doit manger à la cantine ce"
                                    + " jour-là.");
            assertThat(outcome.message().en())
                    .isEqualTo(
                            "The meal on Monday 16 March 2026 can no longer be booked: bookings"
                                    + " for that day closed on Thursday 12 March 2026 at 12:00."
                                    + " Contact the school catering office if your child needs to"
                                    + " eat at the canteen that day.");
        }

        @Test
        void isRefusedOnWednesdaysPublicHolidaysAndClosures() {
            Canteen canteen = canteenAt("2026-03-01T08:00:00Z");

            assertThat(canteen.book(LOU, LocalDate.of(2026, 3, 18)).message().fr())
                    .isEqualTo(
                            "La cantine ne sert pas de repas le mercredi 18 mars 2026. Choisissez"
                                    + " un autre jour.");
            // Easter Monday 2026 is a public holiday (Code du travail L3133-1).
            assertThat(((Outcome.Refused) canteen.book(LOU, LocalDate.of(2026, 4, 6))).reason())
                    .isEqualTo(Outcome.Reason.NO_SERVICE);
            Outcome closed = canteen.book(LOU, LocalDate.of(2026, 4, 13));
            assertThat(closed.message().fr())
                    .isEqualTo(
                            "La cantine est fermée le lundi 13 avril 2026 (vacances de"
                                    + " printemps). Choisissez un autre jour.");
            assertThat(closed.message().en())
                    .isEqualTo(
                            "The canteen is closed on Monday 13 April 2026 (spring holidays)."
                                    + " Choose another day.");
        }

        @Test
        void isRefusedWhenFullOrAlreadyBooked() {
            Canteen canteen =
                    new Canteen(
                            SaintExempleCanteen.rules().capacity(1).build(),
                            at("2026-03-01T08:00:00Z"));

            assertThat(canteen.book(LOU, MONDAY).isDone()).isTrue();
            assertThat(canteen.book(LOU, MONDAY).message().fr())
                    .isEqualTo("Le repas du lundi 16 mars 2026 est déjà réservé.");
            assertThat(canteen.book(NOE, MONDAY).message().fr())
                    .isEqualTo(
                            "Il n'y a plus de place à la cantine le lundi 16 mars 2026."
                                    + " Contactez le service de restauration scolaire.");
            assertThat(canteen.bookedOn(MONDAY)).isEqualTo(1);
        }

        @Test
        void writesTheFirstOfTheMonthAsAnOrdinal() {
            Outcome outcome = canteenAt("2026-03-01T08:00:00Z").book(LOU, LocalDate.of(2026, 6, 1));

            assertThat(outcome.message().fr())
                    .isEqualTo("Le repas du lundi 1er juin 2026 est réservé.");
        }
    }

    @Nested
    class Cancelling {
        @Test
        void justBeforeTheCutOffIsAcceptedAndNotBilled() {
            Canteen canteen = canteenAt("2026-03-12T08:59:59Z");
            canteen.book(LOU, MONDAY);

            Outcome outcome = canteen.cancel(LOU, MONDAY);

            assertThat(outcome.message().fr())
                    .isEqualTo(
                            "Le repas du lundi 16 mars 2026 est annulé. Il ne vous sera pas"
                                    + " facturé.");
            assertThat(outcome.message().en())
                    .isEqualTo(
                            "The meal on Monday 16 March 2026 is cancelled. You will not be"
                                    + " charged for it.");
            assertThat(canteen.bookedOn(MONDAY)).isZero();
        }

        @Test
        void afterTheCutOffKeepsTheMealAndSaysItIsBilled() {
            var holder = new MutableClock("2026-03-09T08:00:00Z");
            Canteen canteen = new Canteen(SaintExempleCanteen.rules().build(), holder);
            canteen.book(LOU, MONDAY);
            holder.set("2026-03-12T09:00:00Z");

            Outcome outcome = canteen.cancel(LOU, MONDAY);

            assertThat(((Outcome.Refused) outcome).reason()).isEqualTo(Outcome.Reason.TOO_LATE);
            assertThat(outcome.message().fr())
                    .isEqualTo(
                            "Il n'est plus possible d'annuler le repas du lundi 16 mars 2026 :"
                                    + " les annulations pour ce jour se terminaient le jeudi 12"
                                    + " mars 2026 à 10 h. Ce repas vous sera facturé, sauf si"
                                    + " votre enfant est malade : dans ce cas, donnez un"
                                    + " certificat médical au service de restauration"
                                    + " scolaire.");
            assertThat(outcome.message().en())
                    .isEqualTo(
                            "The meal on Monday 16 March 2026 can no longer be cancelled:"
                                    + " cancellations for that day closed on Thursday 12 March"
                                    + " 2026 at 10:00. You will be charged for this meal, unless"
                                    + " your child is ill: in that case, give a doctor's note to"
                                    + " the school catering office.");
            assertThat(canteen.bookedOn(MONDAY)).isEqualTo(1);
        }

        @Test
        void ofAMealNotBookedIsRefused() {
            assertThat(canteenAt("2026-03-01T08:00:00Z").cancel(LOU, MONDAY).message().fr())
                    .isEqualTo(
                            "Aucun repas n'est réservé le lundi 16 mars 2026 : il n'y a rien à"
                                    + " annuler.");
        }
    }

    @Nested
    class Statements {
        @Test
        void billLateCancellationsButNotExcusedMeals() {
            var clock = new MutableClock("2026-03-01T08:00:00Z");
            Canteen canteen = new Canteen(SaintExempleCanteen.rules().build(), clock);
            for (LocalDate day :
                    List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY.plusDays(4))) {
                canteen.book(LOU, day);
                canteen.book(NOE, day);
            }
            canteen.cancel(NOE, MONDAY.plusDays(4)); // in time
            clock.set("2026-03-16T15:00:00Z");
            canteen.cancel(LOU, MONDAY.plusDays(1)); // too late: billed
            canteen.excuse(NOE, MONDAY.plusDays(3), Excuse.STRIKE);
            FamilyAccount family =
                    new FamilyAccount("F-2026-17", List.of(LOU, NOE), OptionalInt.of(1000));

            Statement statement = canteen.statement(family, YearMonth.of(2026, 3));

            // Quotient 1000 is in the bracket "up to 1000" at 1 euro, bound included.
            assertThat(statement.lines())
                    .containsExactly(
                            new Statement.Line(LOU, MONDAY, null, 100),
                            new Statement.Line(NOE, MONDAY, null, 100),
                            new Statement.Line(LOU, MONDAY.plusDays(1), null, 100),
                            new Statement.Line(NOE, MONDAY.plusDays(1), null, 100),
                            new Statement.Line(LOU, MONDAY.plusDays(3), null, 100),
                            new Statement.Line(NOE, MONDAY.plusDays(3), Excuse.STRIKE, 0),
                            new Statement.Line(LOU, MONDAY.plusDays(4), null, 100));
            assertThat(statement.totalCents()).isEqualTo(600);
            assertThat(statement)
                    .hasToString("Statement[F-2026-17, 2026-03, 7 lines, total 600 cents]");
            assertThat(family.toString())
                    .isEqualTo("FamilyAccount[F-2026-17, 2 children, quotient masked]")
                    .doesNotContain("1000");
        }

        @Test
        void chargeTheHighestPriceWithoutQuotient() {
            Canteen canteen = canteenAt("2026-03-01T08:00:00Z");
            canteen.book(LOU, MONDAY);

            Statement statement =
                    canteen.statement(
                            new FamilyAccount("F-1", List.of(LOU), OptionalInt.empty()),
                            YearMonth.of(2026, 3));

            assertThat(statement.totalCents()).isEqualTo(450);
        }
    }

    @Nested
    class BadInput {
        @Test
        void isRefusedWithoutEchoingIt() {
            assertThatThrownBy(() -> ChildId.of("Lou Martin"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("A child's identifier is 1 to 40 letters, digits or hyphens");
            assertThatThrownBy(() -> AllergyPlan.of(LOU, " "))
                    .hasMessage("A plan's details are 1 to 4000 characters");
            assertThatThrownBy(
                            () -> new FamilyAccount("F-1", List.of(LOU, LOU), OptionalInt.empty()))
                    .hasMessage("An account has at least one child, each once");
            assertThatThrownBy(() -> new FamilyAccount("F-1", List.of(LOU), OptionalInt.of(-5)))
                    .hasMessage("A quotient familial is not negative");
            assertThatThrownBy(
                            () ->
                                    new Closure(
                                            MONDAY,
                                            MONDAY.minusDays(1),
                                            SaintExempleCanteen.SPRING))
                    .hasMessage(
                            "A closure ends on or after its first day: 2026-03-16 to 2026-03-15");
        }

        @Test
        void leavesTheCanteenUnchangedWhenRefused() {
            Canteen canteen = canteenAt("2026-03-12T11:00:00Z");

            canteen.book(LOU, MONDAY);
            canteen.book(LOU, LocalDate.of(2026, 3, 18));

            assertThat(canteen.bookedOn(MONDAY)).isZero();
            assertThat(canteen.bookedOn(LocalDate.of(2026, 3, 18))).isZero();
            assertThat(canteen.excuse(LOU, MONDAY, Excuse.STRIKE).isDone()).isFalse();
        }
    }

    @Nested
    class AllergyPlans {
        @Test
        void showOnlyANoteToTheKitchenAndNeverTheirContent() {
            Canteen canteen = canteenAt("2026-03-01T08:00:00Z");
            canteen.book(LOU, MONDAY);
            canteen.book(NOE, MONDAY);
            AllergyPlan plan = AllergyPlan.of(LOU, "Allergie arachide, trousse d'urgence");

            KitchenSheet sheet = canteen.kitchenSheet(MONDAY, Map.of(LOU, plan));

            assertThat(sheet.meals()).isEqualTo(2);
            assertThat(sheet.entries().get(0).note()).isNotNull();
            assertThat(sheet.entries().get(0).note().fr()).isEqualTo("PAI : voir le plan");
            assertThat(sheet.entries().get(0).note().en()).isEqualTo("PAI: see the plan");
            assertThat(sheet.entries().get(1).note()).isNull();
            assertThat(sheet.toString()).doesNotContain("arachide");
            assertThat(plan.toString())
                    .isEqualTo("AllergyPlan[child=E-0001, health.allergies: masked]");
            assertThat(plan.category().id()).isEqualTo("health.allergies");
        }
    }
}
