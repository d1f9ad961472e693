package io.portail.forms.bench;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.fr.FrenchPhoneRule;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of {@link FrenchPhoneRule#check} on three usual numbers (a metropolitan mobile, an overseas
 * mobile typed in the national form, a Paris fixed line typed with +33), each against the baseline
 * of calling libphonenumber directly: {@code parse} with France as the default region, {@code
 * isValidNumber}, then the E.164 form. The baseline does less than the rule (no overseas plan, no
 * reason for a refusal): it is the floor the rule is compared with.
 *
 * <p>Run: {@code mvn -B -Pbench -pl portal-forms -DskipTests test -Djmh.args="PhoneBenchmark -f 1
 * -wi 3 -i 5"}, or with {@code java -cp … org.openjdk.jmh.Main PhoneBenchmark} on the test class
 * path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PhoneBenchmark {
    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    /** The number typed: a metropolitan mobile, an overseas mobile, a fixed line with +33. */
    @Param({"06 85 12 34 56", "0690 12 34 56", "+33 1 23 45 67 89"})
    public String typed = "";

    @Benchmark
    public RuleResult rule() {
        return FrenchPhoneRule.INSTANCE.check(typed);
    }

    @Benchmark
    public String libphonenumber() throws NumberParseException {
        PhoneNumber number = util.parse(typed, "FR");
        return util.isValidNumber(number) ? util.format(number, PhoneNumberFormat.E164) : "";
    }
}
