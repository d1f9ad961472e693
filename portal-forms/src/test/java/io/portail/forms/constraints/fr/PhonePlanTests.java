package io.portail.forms.constraints.fr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The compiled plans answer exactly as libphonenumber does for every French country code: the kind
 * ({@code getNumberType}), the region ({@code getRegionCodeForNumber}), the validity in each region
 * sharing the code ({@code isValidNumberForRegion}) and the E.164 form ({@code format}).
 */
class PhonePlanTests {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhonePlan PLANS = FrenchPhoneRule.PLANS;

    /** Fixed seed: the sample is the same on every run, and a failure names the number. */
    private static final long SEED = 20_260_314L;

    /**
     * A number whose national significant number is the given digits, leading zeros kept as
     * libphonenumber keeps them (New Caledonia's 05 numbers).
     */
    private static PhoneNumber numberOf(int countryCode, String nsn) {
        int zeros = 0;
        while (zeros < nsn.length() - 1 && nsn.charAt(zeros) == '0') {
            zeros++;
        }
        PhoneNumber number =
                new PhoneNumber()
                        .setCountryCode(countryCode)
                        .setNationalNumber(Long.parseLong(nsn));
        if (zeros > 0) {
            number.setItalianLeadingZero(true).setNumberOfLeadingZeros(zeros);
        }
        return number;
    }

    private static String digits(Random random, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** Asserts every answer for one number, and returns its kind. */
    private static PhoneNumberType assertSameAnswers(int countryCode, String nsn) {
        PhoneNumber number = numberOf(countryCode, nsn);
        assertThat(UTIL.getNationalSignificantNumber(number)).isEqualTo(nsn);

        PhoneNumberType type = PLANS.typeOf(countryCode, nsn);

        assertThat(type)
                .as("kind of %s in +%s", nsn, countryCode)
                .isEqualTo(UTIL.getNumberType(number));
        assertThat(PLANS.regionOf(countryCode, nsn))
                .as("region of %s in +%s", nsn, countryCode)
                .isEqualTo(UTIL.getRegionCodeForNumber(number));
        for (String region : UTIL.getRegionCodesForCountryCode(countryCode)) {
            assertThat(PLANS.isValidIn(region, nsn))
                    .as("%s valid in %s", nsn, region)
                    .isEqualTo(UTIL.isValidNumberForRegion(number, region));
        }
        if (type != PhoneNumberType.UNKNOWN) {
            assertThat(PLANS.e164(countryCode, nsn))
                    .isEqualTo(UTIL.format(number, PhoneNumberFormat.E164));
        }
        return type;
    }

    private static List<Integer> frenchCountryCodes() {
        return List.copyOf(new TreeSet<>(FrenchPhoneRule.FRENCH_COUNTRY_CODES));
    }

    /**
     * A description works out its beginnings on first use: threads that all use a fresh plan for
     * the first time at once get the answers of a plan already in use.
     */
    @Test
    void answersAlikeWhenThreadsUseAFreshPlanAtOnce() throws Exception {
        PhonePlan fresh = PhonePlan.compile(FrenchPhoneRule.FRENCH_REGIONS);
        Random random = new Random(SEED + 5);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            numbers.add((1 + random.nextInt(9)) + digits(random, 8));
        }
        List<Integer> codes = frenchCountryCodes();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<PhoneNumberType>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                answers.add(
                        threads.submit(
                                () -> {
                                    start.await();
                                    List<PhoneNumberType> kinds = new ArrayList<>();
                                    for (int code : codes) {
                                        for (String nsn : numbers) {
                                            kinds.add(fresh.typeOf(code, nsn));
                                        }
                                    }
                                    return kinds;
                                }));
            }
            start.countDown();
            List<PhoneNumberType> expected = new ArrayList<>();
            for (int code : codes) {
                for (String nsn : numbers) {
                    expected.add(PLANS.typeOf(code, nsn));
                }
            }
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Nested
    class AgreesWithLibphonenumber {
        /**
         * Every beginning of four digits, at every length from 6 to 12 digits, with a random rest,
         * in each of the nine country codes: 630 000 numbers, every block of every plan included.
         */
        @Test
        void onEveryFourDigitBeginningOfEveryLength() {
            Random random = new Random(SEED);

            for (int code : frenchCountryCodes()) {
                Map<PhoneNumberType, Integer> kinds = new EnumMap<>(PhoneNumberType.class);
                for (int beginning = 0; beginning < 10_000; beginning++) {
                    String head = String.format("%04d", beginning);
                    for (int length = 6; length <= 12; length++) {
                        String nsn = head + digits(random, length - 4);
                        kinds.merge(assertSameAnswers(code, nsn), 1, Integer::sum);
                    }
                }
                // The sample reaches valid numbers of the plan, not only refusals.
                assertThat(kinds.keySet())
                        .as("kinds in +%s", code)
                        .contains(PhoneNumberType.UNKNOWN);
                assertThat(kinds.keySet().size()).as("kinds in +%s", code).isGreaterThan(2);
            }
        }

        /** Every number of one to four digits, and random numbers of one to seventeen digits. */
        @Test
        void onShortAndRandomNumbers() {
            Random random = new Random(SEED + 1);

            for (int code : frenchCountryCodes()) {
                for (int length = 1; length <= 4; length++) {
                    int count = (int) Math.pow(10, length);
                    for (int n = 0; n < count; n++) {
                        assertSameAnswers(code, String.format("%0" + length + "d", n));
                    }
                }
                for (int i = 0; i < 20_000; i++) {
                    assertSameAnswers(code, digits(random, 1 + random.nextInt(17)));
                }
            }
        }

        /** Nine-digit numbers, the length of most French plans, the first digit never 0. */
        @Test
        void onNineDigitNumbers() {
            Random random = new Random(SEED + 2);

            for (int code : frenchCountryCodes()) {
                for (int i = 0; i < 20_000; i++) {
                    assertSameAnswers(code, (1 + random.nextInt(9)) + digits(random, 8));
                }
            }
        }

        @Test
        void onNumbersThatPinTheDetails() {
            // Saint-Barthélemy's fixed lines share +590 with Guadeloupe: the first region of the
            // code whose plan takes the number wins (libphonenumber's order GP, BL, MF).
            assertThat(PLANS.regionOf(590, "590516496")).isEqualTo("BL");
            assertThat(PLANS.typeOf(590, "590516496")).isEqualTo(PhoneNumberType.FIXED_LINE);
            // Mayotte's 0269 is valid in Mayotte's plan, and La Réunion, first for +262, refuses
            // it.
            assertThat(PLANS.regionOf(262, "269611234")).isEqualTo("YT");
            // New Caledonia's toll-free numbers keep their leading zero, in E.164 too.
            assertThat(PLANS.typeOf(687, "050123")).isEqualTo(PhoneNumberType.TOLL_FREE);
            assertThat(PLANS.e164(687, "050123")).isEqualTo("+687050123");
            // Wallis-et-Futuna's six-digit 72 numbers match both its fixed-line and mobile
            // patterns; its nine-digit numbers are toll free only.
            assertThat(PLANS.typeOf(681, "721234")).isEqualTo(PhoneNumberType.FIXED_LINE_OR_MOBILE);
            assertThat(PLANS.typeOf(681, "721234567")).isEqualTo(PhoneNumberType.UNKNOWN);
            assertSameAnswers(590, "590516496");
            assertSameAnswers(262, "269611234");
            assertSameAnswers(681, "721234");
            assertSameAnswers(681, "721234567");
        }
    }

    @Nested
    class Covers {
        @Test
        void exactlyTheFrenchCountryCodes() {
            for (int code = 0; code <= 1000; code++) {
                assertThat(PLANS.covers(code))
                        .as("+%s", code)
                        .isEqualTo(FrenchPhoneRule.FRENCH_COUNTRY_CODES.contains(code));
            }
            assertThat(PLANS.covers(-33)).isFalse();
        }

        @Test
        void refusesAnotherCountryCodeOrRegion() {
            assertThatThrownBy(() -> PLANS.typeOf(44, "2079460018"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Country calling code not compiled: 44");
            assertThatThrownBy(() -> PLANS.isValidIn("GB", "2079460018"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Region not compiled: GB");
        }

        @Test
        void givesEachRegionItsCountryCode() {
            for (String region : FrenchPhoneRule.FRENCH_REGIONS) {
                assertThat(PLANS.countryCodeOf(region))
                        .as(region)
                        .isEqualTo(UTIL.getCountryCodeForRegion(region));
            }
        }
    }
}
