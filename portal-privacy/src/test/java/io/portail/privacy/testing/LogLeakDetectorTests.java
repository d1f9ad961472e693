package io.portail.privacy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogLeakDetectorTests {
    private static final Logger LOG = LoggerFactory.getLogger(LogLeakDetectorTests.class);
    private static final List<String> PLANTED =
            List.of("camille.exemple@example.org", "06 85 12 34 56", "Hélène");

    @Nested
    class Detection {
        @Test
        void passesWhenOnlyMaskedValuesAreLogged() {
            String captured =
                    LogLeakDetector.assertNoLeak(
                            PLANTED, () -> LOG.warn("Refused email {}", "c***@e***.org"));

            assertThat(captured).contains("Refused email c***@e***.org");
        }

        @Test
        void failsWhenAPlantedValueIsLoggedAndNamesOnlyItsPosition() {
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            PLANTED,
                                            () -> LOG.info("Sending to {}", PLANTED.get(0))))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage("Planted personal value #1 of 3 appears in the log output, line 1");
        }

        @Test
        void findsAValueWrittenWithoutItsSpacesOrInAnotherCase() {
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            PLANTED, () -> LOG.info("Phone 0685123456")))
                    .hasMessageContaining("#2 of 3");
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            PLANTED, () -> LOG.info("Name HÉLÈNE")))
                    .hasMessageContaining("#3 of 3");
        }

        @Test
        void findsAValueDecomposedInUnicode() {
            // Case F07: the same name in NFD.
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            PLANTED, () -> LOG.info("Name He\u0301le\u0300ne")))
                    .hasMessageContaining("#3 of 3");
        }

        @Test
        void checksTheMessageOfAnExceptionThrown() {
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            PLANTED,
                                            () -> {
                                                throw new IllegalArgumentException(
                                                        "Bad email " + PLANTED.get(0));
                                            }))
                    .isInstanceOf(AssertionError.class)
                    .hasMessage(
                            "Planted personal value #1 of 3 appears in the exception thrown,"
                                    + " line 1");
        }

        @Test
        void rethrowsAnExceptionThatLeaksNothing() {
            assertThatThrownBy(
                            () ->
                                    LogLeakDetector.assertNoLeak(
                                            PLANTED,
                                            () -> {
                                                throw new IllegalStateException("Bad email");
                                            }))
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
