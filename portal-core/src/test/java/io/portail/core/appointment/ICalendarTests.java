package io.portail.core.appointment;

import static io.portail.core.appointment.Fixtures.FRIDAY_9;
import static io.portail.core.appointment.Fixtures.PASSPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ICalendarTests {

    private static final Appointment APPOINTMENT =
            new Appointment(
                    "RDV-7",
                    "titres",
                    "passport",
                    "resident-1",
                    FRIDAY_9,
                    FRIDAY_9.plus(Duration.ofMinutes(20)),
                    "1A2B3C4D5E",
                    false);

    @Nested
    class File {
        /** RFC 5545 3.6.1 and 3.6.5: one event in Paris local time with its time zone. */
        @Test
        void holdsOneEventInLocalTimeWithItsTimeZone() {
            String file =
                    ICalendar.write(
                            APPOINTMENT,
                            Fixtures.agenda("titres", PASSPORT, 1),
                            "Rendez-vous passeport",
                            "",
                            Instant.parse("2026-03-16T08:05:00Z"),
                            "saint-exemple.example");

            assertThat(file)
                    .isEqualTo(
                            "BEGIN:VCALENDAR\r\n"
                                    + "VERSION:2.0\r\n"
                                    + "PRODID:-//Portail//Town-hall appointments//FR\r\n"
                                    + "CALSCALE:GREGORIAN\r\n"
                                    + "METHOD:PUBLISH\r\n"
                                    + "BEGIN:VTIMEZONE\r\n"
                                    + "TZID:Europe/Paris\r\n"
                                    + "BEGIN:DAYLIGHT\r\n"
                                    + "DTSTART:19810329T020000\r\n"
                                    + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                                    + "TZOFFSETFROM:+0100\r\n"
                                    + "TZOFFSETTO:+0200\r\n"
                                    + "TZNAME:CEST\r\n"
                                    + "END:DAYLIGHT\r\n"
                                    + "BEGIN:STANDARD\r\n"
                                    + "DTSTART:19961027T030000\r\n"
                                    + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                                    + "TZOFFSETFROM:+0200\r\n"
                                    + "TZOFFSETTO:+0100\r\n"
                                    + "TZNAME:CET\r\n"
                                    + "END:STANDARD\r\n"
                                    + "END:VTIMEZONE\r\n"
                                    + "BEGIN:VEVENT\r\n"
                                    + "UID:RDV-7.titres@saint-exemple.example\r\n"
                                    + "DTSTAMP:20260316T080500Z\r\n"
                                    + "DTSTART;TZID=Europe/Paris:20260320T090000\r\n"
                                    + "DTEND;TZID=Europe/Paris:20260320T092000\r\n"
                                    + "SUMMARY:Rendez-vous passeport\r\n"
                                    + "LOCATION:Mairie de Saint-Exemple\\, 1 place de la Mairie\\,"
                                    + " 45999 Saint-Exemp\r\n le\r\n"
                                    + "STATUS:CONFIRMED\r\n"
                                    + "END:VEVENT\r\n"
                                    + "END:VCALENDAR\r\n");
        }

        @Test
        void endsEveryLineWithCrlfAndKeepsItWithin75Octets() {
            String file =
                    ICalendar.write(
                            APPOINTMENT,
                            Fixtures.agenda("titres", PASSPORT, 1),
                            "Rendez-vous passeport",
                            "Apportez l’ancien passeport, une photo d’identité récente et un"
                                    + " justificatif de domicile de moins d’un an ; c’est gratuit.",
                            Instant.parse("2026-03-16T08:05:00Z"),
                            "saint-exemple.example");

            assertThat(file).endsWith("\r\n").doesNotContain("\n\n");
            for (String line : file.split("\r\n")) {
                assertThat(line).doesNotContain("\n").doesNotContain("\r");
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            }
            assertThat(file.replace("\r\n ", ""))
                    .contains(
                            "DESCRIPTION:Apportez l’ancien passeport\\, une photo d’identité"
                                    + " récente et un justificatif de domicile de moins d’un an \\;"
                                    + " c’est gratuit.\r\n");
        }
    }

    @Nested
    class Escaping {
        /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks in TEXT. */
        @Test
        void escapesTheFourSpecialCharacters() {
            assertThat(ICalendar.escape("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
        }

        @Test
        void leavesColonsAndQuotesAlone() {
            assertThat(ICalendar.escape("Salle : « B »")).isEqualTo("Salle : « B »");
        }
    }

    @Nested
    class Folding {
        /** RFC 5545 3.1: lines over 75 octets continue on a line starting with a space. */
        @Test
        void foldsAsciiAt75Octets() {
            String line = "SUMMARY:" + "x".repeat(100);

            String folded = ICalendar.fold(line);

            String[] parts = folded.split("\r\n");
            assertThat(parts[0]).hasSize(75);
            assertThat(parts[1]).startsWith(" ").hasSize(34);
            assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        }

        @Test
        void leavesA75OctetLineWhole() {
            String line = "S".repeat(75);

            assertThat(ICalendar.fold(line)).isEqualTo(line);
        }

        /** « é » takes two octets in UTF-8: the fold moves before it rather than split it. */
        @Test
        void neverSplitsAUtf8Sequence() {
            String line = "SUMMARY:" + "a".repeat(66) + "é" + "b".repeat(10);

            String[] parts = ICalendar.fold(line).split("\r\n");

            assertThat(parts[0]).endsWith("a");
            assertThat(parts[0].getBytes(StandardCharsets.UTF_8)).hasSize(74);
            assertThat(parts[1]).startsWith(" é");
        }

        /** A character outside the BMP takes four octets and two Java chars. */
        @Test
        void keepsFourOctetCharactersWhole() {
            String line = "😀".repeat(40);

            String folded = ICalendar.fold(line);

            for (String part : folded.split("\r\n")) {
                assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
                assertThat(
                                new String(
                                        part.getBytes(StandardCharsets.UTF_8),
                                        StandardCharsets.UTF_8))
                        .isEqualTo(part);
            }
            assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        }
    }
}
