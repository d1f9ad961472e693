package io.portail.forms.constraints;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The resident-facing message for a problem found by a rule, in French (the default) or English.
 *
 * <p>Messages live in {@code io/portail/forms/constraints/Rules.properties} (French) and {@code
 * Rules_en.properties} (English), read as UTF-8, under the key {@code <rule code>.<problem code>},
 * such as {@code nir.wrong-key}. A rule without its own message for a problem gets the generic one,
 * {@code any.<problem code>}. Messages never contain the value typed. Stateless and thread-safe.
 */
public final class RuleMessages {
    private RuleMessages() {}

    /**
     * Returns the message for a rule's problem.
     *
     * @param ruleCode the rule's {@link TextRule#code()}
     * @param problem the problem found
     * @param locale the resident's locale: English when its language is {@code en}, French
     *     otherwise
     * @return the message, plain text
     * @throws NullPointerException if an argument is null
     */
    public static String message(String ruleCode, Problem problem, Locale locale) {
        requireNonNull(ruleCode, "ruleCode");
        requireNonNull(problem, "problem");
        requireNonNull(locale, "locale");
        Map<String, String> bundle = bundle(locale);
        String own = bundle.get(ruleCode + "." + problem.code());
        return own != null ? own : requireNonNull(bundle.get("any." + problem.code()));
    }

    /**
     * Tells whether a rule has its own message for a problem, rather than the generic one.
     *
     * @param ruleCode the rule's {@link TextRule#code()}
     * @param problem the problem
     * @return true when the bundle has the key {@code <ruleCode>.<problem code>}
     * @throws NullPointerException if an argument is null
     */
    public static boolean hasOwnMessage(String ruleCode, Problem problem) {
        requireNonNull(ruleCode, "ruleCode");
        requireNonNull(problem, "problem");
        return Bundles.FRENCH.containsKey(ruleCode + "." + problem.code());
    }

    private static Map<String, String> bundle(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Bundles.ENGLISH
                : Bundles.FRENCH;
    }

    /** The two bundles, read once on first use (holder idiom: lazy and thread-safe). */
    private static final class Bundles {
        static final Map<String, String> FRENCH = load("Rules.properties");
        static final Map<String, String> ENGLISH = load("Rules_en.properties");

        /**
         * Reads a properties file as UTF-8 explicitly, whatever the platform. A missing or
         * unreadable bundle is a packaging defect, reported as an error.
         */
        private static Map<String, String> load(String name) {
            try (InputStream in = RuleMessages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Message bundle missing: " + name);
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> messages = new HashMap<>();
                for (String key : properties.stringPropertyNames()) {
                    messages.put(key, properties.getProperty(key));
                }
                return Map.copyOf(messages);
            } catch (IOException e) {
                throw new UncheckedIOException("Message bundle unreadable: " + name, e);
            }
        }
    }
}
