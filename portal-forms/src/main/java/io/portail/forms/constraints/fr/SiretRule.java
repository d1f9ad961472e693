package io.portail.forms.constraints.fr;

import static java.util.Objects.requireNonNull;

import io.portail.forms.constraints.Luhn;
import io.portail.forms.constraints.Problem;
import io.portail.forms.constraints.RuleResult;
import io.portail.forms.constraints.TextRule;

/**
 * The SIRET number of an establishment: its company's SIREN (9 digits) and a 5-digit NIC whose last
 * digit is a Luhn check digit over the 14 digits.
 *
 * <p>Source: INSEE, répertoire Sirene. Exception (INSEE, case F01): the establishments of La Poste
 * all share the SIREN 356 000 000 and are too many for the Luhn key; their SIRET is valid when the
 * sum of its 14 digits is a multiple of 5. The head office, 356 000 000 00048, passes the ordinary
 * Luhn check; both checks are therefore accepted for that SIREN. The normalised value is the 14
 * digits without spaces. Immutable and thread-safe.
 *
 * <p>The first 9 digits are the company's SIREN and keep its own Luhn key ({@link SirenRule}): a
 * SIRET whose 14 digits pass Luhn but whose SIREN does not, such as {@code 732 829 321 10006}, is
 * refused as {@link Problem#WRONG_KEY} (INSEE: the SIRET is the SIREN followed by the NIC; the
 * SIREN of La Poste, 356 000 000, passes Luhn too).
 *
 * <p>A SIRET whose SIREN is {@code 000 000 000}, such as {@code 000 000 000 00000}, passes the Luhn
 * check but is refused as {@link Problem#WRONG_KEY}: no company holds that SIREN ({@link
 * SirenRule}, the library's choice).
 */
public final class SiretRule implements TextRule {
    /** The rule. */
    public static final SiretRule INSTANCE = new SiretRule();

    /** The SIREN of La Poste, whose establishments follow the sum-of-digits rule. */
    static final String LA_POSTE_SIREN = "356000000";

    private SiretRule() {}

    @Override
    public String code() {
        return "siret";
    }

    @Override
    public RuleResult check(String input) {
        requireNonNull(input, "input");
        if (input.length() > Digits.MAX_RAW_LENGTH) {
            return RuleResult.invalid(Problem.TOO_LONG);
        }
        String siret = Digits.compact(input);
        Problem shape = Digits.shapeProblem(siret, 14);
        if (shape != null) {
            return RuleResult.invalid(shape);
        }
        boolean laPoste = siret.startsWith(LA_POSTE_SIREN) && Digits.digitSum(siret) % 5 == 0;
        // The SIREN part keeps its own key: a SIRET of a SIREN that cannot exist is refused even
        // when the 14 digits pass Luhn.
        return (laPoste || Luhn.isValid(siret))
                        && Luhn.isValid(siret.substring(0, 9))
                        && !SirenRule.isZero(siret, 9)
                ? RuleResult.valid(siret)
                : RuleResult.invalid(Problem.WRONG_KEY);
    }
}
