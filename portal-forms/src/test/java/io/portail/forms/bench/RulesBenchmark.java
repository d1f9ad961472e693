package io.portail.forms.bench;

import io.portail.forms.constraints.EmailRule;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.fr.FrenchPhoneRule;
import io.portail.forms.constraints.fr.NirRule;
import io.portail.forms.value.Text;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the single-value rules against naive regular-expression baselines that check far less (no
 * key, no normalisation), and cost of refusing a 10 MB value.
 *
 * <p>Run: {@code mvn -B -Pbench -pl portal-forms -DskipTests test -Djmh.args="RulesBenchmark -f 1
 * -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RulesBenchmark {
    private static final Pattern NIR_SHAPE = Pattern.compile("[1278]\\d{4}(?:\\d{2}|2[AB])\\d{8}");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String nir = "2 95 04 98 735 021 80";
    private final String email = "Camille.Martin@Exemple.FR";
    private final String phone = "06 85 12 34 56";
    private final String huge = "1".repeat(10_000_000);
    private final String line = "  12\u00A0rue de l\u2019\u00C9glise  ";

    @Benchmark
    public RuleResult nirRule() {
        return NirRule.INSTANCE.check(nir);
    }

    @Benchmark
    public boolean nirRegexBaseline() {
        return NIR_SHAPE.matcher(nir.replace(" ", "")).matches();
    }

    @Benchmark
    public RuleResult emailRule() {
        return EmailRule.INSTANCE.check(email);
    }

    @Benchmark
    public boolean emailRegexBaseline() {
        return EMAIL_SHAPE.matcher(email.trim()).matches();
    }

    @Benchmark
    public RuleResult phoneRule() {
        return FrenchPhoneRule.INSTANCE.check(phone);
    }

    @Benchmark
    public String textNormalise() {
        return Text.normalise(line);
    }

    @Benchmark
    public RuleResult tenMegabytesRefused() {
        return NirRule.INSTANCE.check(huge);
    }
}
