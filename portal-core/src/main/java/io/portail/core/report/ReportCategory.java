package io.portail.core.report;

import static java.util.Objects.requireNonNull;

import io.portail.core.internal.Ids;
import io.portail.privacy.text.LocalizedText;
import java.util.regex.Pattern;

/**
 * A kind of problem residents report, which the commune configures: pothole, lighting, litter,
 * graffiti, and so on.
 *
 * <p>The code is also the Open311 {@code service_code}. Immutable and thread-safe.
 *
 * @param code the stable code, such as {@code pothole}
 * @param label what residents read, such as "Nid-de-poule"
 */
public record ReportCategory(String code, LocalizedText label) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * Checks the category.
     *
     * @param code the stable code
     * @param label what residents read
     * @throws IllegalArgumentException if the code is not lower-case words joined by hyphens
     */
    public ReportCategory {
        requireNonNull(code, "code");
        requireNonNull(label, "label");
        if (!CODE.matcher(code).matches() || code.length() > 60) {
            throw new IllegalArgumentException(
                    "A category code is lower-case words joined by hyphens: " + Ids.shown(code));
        }
    }
}
