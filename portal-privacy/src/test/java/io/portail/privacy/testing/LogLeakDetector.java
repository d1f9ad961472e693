package io.portail.privacy.testing;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs a scenario while capturing everything written to {@code System.err} and {@code System.out},
 * and fails if a planted personal value appears in it.
 *
 * <p>slf4j-simple, the logging binding of the tests, writes to {@code System.err} looked up at each
 * call, so swapping the stream captures its output; a binding that caches the stream at start-up
 * would escape this check. The check also covers the message of any exception the scenario throws
 * (no personal data in exception messages), then rethrows it.
 *
 * <p>A value is found whatever its case, its Unicode composition (NFC or NFD), and with or without
 * its spaces, so that {@code 06 85 12 34 56} is found as {@code 0685123456} too. Values shorter
 * than 4 characters are not looked for: they would match by chance. Streams are global: the
 * scenarios of one JVM run one at a time through this class; do not run it in parallel tests.
 *
 * <p>Other modules can use it through the portal-privacy test-jar.
 */
public final class LogLeakDetector {
    private LogLeakDetector() {}

    /**
     * Runs the scenario and fails if a planted value appears in what it logged or threw.
     *
     * @param planted the personal values planted in the scenario's input
     * @param scenario the scenario
     * @return what the scenario wrote to the standard streams
     * @throws AssertionError naming the planted value's position (never the value) and the line
     */
    public static String assertNoLeak(List<String> planted, Runnable scenario) {
        requireNonNull(planted, "planted");
        requireNonNull(scenario, "scenario");
        StringBuilder thrown = new StringBuilder();
        RuntimeException failure = null;
        String captured;
        synchronized (LogLeakDetector.class) {
            PrintStream err = System.err;
            PrintStream out = System.out;
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
            System.setErr(capture);
            System.setOut(capture);
            try {
                scenario.run();
            } catch (RuntimeException e) {
                failure = e;
                for (Throwable t = e; t != null; t = t.getCause()) {
                    thrown.append(t).append('\n');
                }
            } finally {
                capture.flush();
                System.setErr(err);
                System.setOut(out);
            }
            captured = buffer.toString(StandardCharsets.UTF_8);
        }
        check(planted, captured, "the log output");
        check(planted, thrown.toString(), "the exception thrown");
        if (failure != null) {
            throw failure;
        }
        return captured;
    }

    private static void check(List<String> planted, String text, String where) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < planted.size(); i++) {
            String value = planted.get(i);
            if (value.length() < 4) {
                continue;
            }
            List<String> forms = forms(value);
            for (int line = 0; line < lines.size(); line++) {
                List<String> haystacks = forms(lines.get(line));
                for (String haystack : haystacks) {
                    for (String form : forms) {
                        if (haystack.contains(form)) {
                            throw new AssertionError(
                                    "Planted personal value #"
                                            + (i + 1)
                                            + " of "
                                            + planted.size()
                                            + " appears in "
                                            + where
                                            + ", line "
                                            + (line + 1));
                        }
                    }
                }
            }
        }
    }

    private static List<String> forms(String text) {
        List<String> forms = new ArrayList<>();
        for (Normalizer.Form form : List.of(Normalizer.Form.NFC, Normalizer.Form.NFD)) {
            String normal = Normalizer.normalize(text, form).toLowerCase(Locale.ROOT);
            forms.add(normal);
            forms.add(normal.replaceAll("\\s", ""));
        }
        return forms;
    }
}
