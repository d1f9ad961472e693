package io.portail.core.canteen;

import static org.assertj.core.api.Assertions.assertThat;

import io.portail.core.canteen.fr.SocialTariff;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Cut-offs and prices of the canteen. */
class CanteenProperties {

    private static final CanteenRules SERVICE = SaintExempleCanteen.rules().build();

    @Property
    void bookingAtOrAfterTheCutOffIsRefusedAndBeforeIsAccepted(
            @ForAll("mealDays") LocalDate meal,
            @ForAll("cutOffs") CutOff cutOff,
            @ForAll @LongRange(min = -100_000, max = 100_000) long secondsFromCutOff) {
        CanteenRules rules = SaintExempleCanteen.rules().cutOffs(cutOff, cutOff).build();
        ZonedDateTime deadline = ZonedDateTime.of(cutOff.deadline(meal), rules.zone());
        MutableClock clock =
                new MutableClock(deadline.toInstant().plusSeconds(secondsFromCutOff).toString());

        Outcome outcome = new Canteen(rules, clock).book(ChildId.of("E-1"), meal);

        if (secondsFromCutOff >= 0) {
            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            Outcome.Refused.class,
                            r -> assertThat(r.reason()).isEqualTo(Outcome.Reason.TOO_LATE));
        } else {
            assertThat(outcome.isDone()).isTrue();
        }
    }

    @Property
    void cancellingAtOrAfterTheCutOffIsRefusedAndTheMealStaysBooked(
            @ForAll("mealDays") LocalDate meal,
            @ForAll("cutOffs") CutOff cutOff,
            @ForAll @LongRange(min = -100_000, max = 100_000) long secondsFromCutOff) {
        CanteenRules rules = SaintExempleCanteen.rules().cutOffs(cutOff, cutOff).build();
        ZonedDateTime deadline = ZonedDateTime.of(cutOff.deadline(meal), rules.zone());
        MutableClock clock = new MutableClock(deadline.minusDays(3).toInstant().toString());
        Canteen canteen = new Canteen(rules, clock);
        ChildId child = ChildId.of("E-1");
        assertThat(canteen.book(child, meal).isDone()).isTrue();
        clock.set(deadline.toInstant().plusSeconds(secondsFromCutOff).toString());

        Outcome outcome = canteen.cancel(child, meal);

        assertThat(outcome.isDone()).isEqualTo(secondsFromCutOff < 0);
        assertThat(canteen.bookedOn(meal)).isEqualTo(secondsFromCutOff < 0 ? 0 : 1);
    }

    @Property
    void priceNeverDecreasesAsTheQuotientGrows(
            @ForAll("grids") PriceGrid grid,
            @ForAll @IntRange(min = 0, max = 10_000) int low,
            @ForAll @IntRange(min = 0, max = 10_000) int extra) {
        assertThat(grid.priceFor(low + extra)).isGreaterThanOrEqualTo(grid.priceFor(low));
    }

    @Property
    void eachBracketAppliesOnItsBoundsExactly(@ForAll("grids") PriceGrid grid) {
        List<PriceGrid.Bracket> brackets = grid.brackets();
        for (int i = 0; i < brackets.size(); i++) {
            PriceGrid.Bracket bracket = brackets.get(i);
            assertThat(grid.priceFor(bracket.fromQuotient())).isEqualTo(bracket.priceCents());
            if (bracket.toQuotient().isPresent()) {
                int upper = bracket.toQuotient().getAsInt();
                assertThat(grid.priceFor(upper)).isEqualTo(bracket.priceCents());
                assertThat(grid.priceFor(upper + 1)).isEqualTo(brackets.get(i + 1).priceCents());
            }
        }
    }

    @Property
    void socialTariffHoldsExactlyWhenQuotient1000PaysAtMostOneEuro(
            @ForAll("grids") PriceGrid grid) {
        boolean expected =
                grid.brackets().size() >= 3
                        && grid.priceFor(1000) <= 100
                        && grid.priceFor(Integer.MAX_VALUE) > 100;

        assertThat(SocialTariff.qualifies(grid)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<LocalDate> mealDays() {
        return Arbitraries.integers()
                .between(0, 730)
                .map(d -> LocalDate.of(2026, 1, 5).plusDays(d))
                .filter(SERVICE::isServiceDay);
    }

    @Provide
    Arbitrary<CutOff> cutOffs() {
        Arbitrary<LocalTime> times =
                Arbitraries.integers()
                        .between(0, 24 * 4 - 1)
                        .map(q -> LocalTime.of(q / 4, q % 4 * 15));
        Arbitrary<CutOff> weekly =
                Arbitraries.of(DayOfWeek.class).flatMap(d -> times.map(t -> CutOff.weekly(d, t)));
        Arbitrary<CutOff> working =
                Arbitraries.integers()
                        .between(0, 5)
                        .flatMap(
                                n ->
                                        times.map(
                                                t ->
                                                        CutOff.workingDaysBefore(
                                                                n,
                                                                t,
                                                                SaintExempleCanteen.CALENDAR)));
        return Arbitraries.oneOf(weekly, working);
    }

    @Provide
    Arbitrary<PriceGrid> grids() {
        Arbitrary<List<Integer>> widths =
                Arbitraries.integers().between(1, 900).list().ofMinSize(0).ofMaxSize(6);
        Arbitrary<List<Integer>> steps = Arbitraries.integers().between(0, 200).list().ofSize(7);
        Arbitrary<Integer> first = Arbitraries.integers().between(0, 300);
        return Combinators.combine(widths, steps, first)
                .as(
                        (w, st, f) -> {
                            PriceGrid.Builder builder = PriceGrid.builder();
                            int bound = -1;
                            long price = f;
                            for (int i = 0; i < w.size(); i++) {
                                bound += w.get(i);
                                builder.upTo(bound, price);
                                price += st.get(i);
                            }
                            return builder.above(price).build();
                        });
    }
}
