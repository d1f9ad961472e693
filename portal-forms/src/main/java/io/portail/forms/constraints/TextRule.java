package io.portail.forms.constraints;

/**
 * A rule for one value typed by a resident: it normalises the text, then checks it.
 *
 * <p>Implementations are immutable and thread-safe, and {@link #check(String)} never throws on any
 * string: bad input is an {@link RuleResult.Invalid} result carrying the {@link Problem}. The
 * resident-facing text for a problem comes from {@link RuleMessages#message(String, Problem,
 * java.util.Locale)} with this rule's {@link #code()}.
 */
public interface TextRule {
    /**
     * Returns the stable code of this rule, in lower case, such as {@code nir} or {@code email}.
     *
     * @return the rule's code, the first part of its message keys
     */
    String code();

    /**
     * Normalises then checks a value.
     *
     * @param input what the resident typed
     * @return the normalised value when it follows the rule, or the problem found first
     * @throws NullPointerException if {@code input} is null
     */
    RuleResult check(String input);
}
