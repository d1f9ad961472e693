package io.portail.core.appointment;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes an appointment as an iCalendar file (RFC 5545) that a resident adds to their phone's
 * calendar.
 *
 * <p>The file holds one VCALENDAR with one VEVENT: UID, DTSTAMP (UTC), DTSTART and DTEND in local
 * time with {@code TZID} and the matching VTIMEZONE (RFC 5545 3.6.5), SUMMARY, LOCATION and
 * DESCRIPTION. Texts are escaped (RFC 5545 3.3.11: backslash, semicolon, comma, newline), lines end
 * with CRLF and are folded at 75 octets (3.1), never inside a UTF-8 sequence. Supported zones:
 * Europe/Paris (with its daylight-saving rules, EU directive 2000/84/EC: last Sunday of March and
 * of October at 01:00 UTC) and any zone with a fixed offset, such as Indian/Reunion. Stateless and
 * thread-safe.
 */
public final class ICalendar {
    /** The media type of the file (RFC 5545 8.1). */
    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,200}");

    private ICalendar() {}

    /**
     * Writes an appointment.
     *
     * @param appointment the appointment
     * @param agenda its agenda, giving the place and the zone
     * @param summary the event's title, such as "Rendez-vous passeport"
     * @param description more details, such as what to bring; may be empty
     * @param stamp when the file is written (DTSTAMP)
     * @param domain the portal's domain, which makes the UID unique worldwide, such as {@code
     *     saint-exemple.example}
     * @return the file's text, CRLF line endings
     * @throws IllegalArgumentException if the agenda's zone is not supported, or the domain holds
     *     other characters than letters, digits, dots and hyphens
     */
    public static String write(
            Appointment appointment,
            Agenda agenda,
            String summary,
            String description,
            Instant stamp,
            String domain) {
        requireNonNull(appointment, "appointment");
        requireNonNull(agenda, "agenda");
        requireNonNull(summary, "summary");
        requireNonNull(description, "description");
        requireNonNull(stamp, "stamp");
        requireNonNull(domain, "domain");
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("A domain holds letters, digits, dots and hyphens");
        }
        ZoneId zone = agenda.zone();
        String tzid = zone.getId();
        StringBuilder out = new StringBuilder(1024);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Portail//Town-hall appointments//FR");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        timezone(out, zone, appointment.start());
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + appointment.id() + "." + agenda.id() + "@" + domain);
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART;TZID=" + tzid + ":" + LOCAL.format(appointment.start().atZone(zone)));
        line(out, "DTEND;TZID=" + tzid + ":" + LOCAL.format(appointment.end().atZone(zone)));
        line(out, "SUMMARY:" + escape(summary));
        line(out, "LOCATION:" + escape(agenda.townHall() + ", " + agenda.location()));
        if (!description.isEmpty()) {
            line(out, "DESCRIPTION:" + escape(description));
        }
        line(out, "STATUS:" + (appointment.isActive() ? "CONFIRMED" : "CANCELLED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, a
     * line break becomes {@code \n}.
     *
     * @param text the text
     * @return the escaped text
     */
    public static String escape(String text) {
        requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
                    if (c < 0x20 && c != '\t' || c == 0x7f) {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line (RFC 5545 3.1): no line is longer than 75 octets, excluding the line
     * break; each continuation line starts with one space. A UTF-8 sequence is never split.
     *
     * @param line the unfolded content line, without line break
     * @return the folded line, lines separated by CRLF, without a final CRLF
     */
    public static String fold(String line) {
        requireNonNull(line, "line");
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size =
                    new String(Character.toChars(codePoint))
                            .getBytes(StandardCharsets.UTF_8)
                            .length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static void timezone(StringBuilder out, ZoneId zone, Instant at) {
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + zone.getId());
        java.time.zone.ZoneRules rules = zone.getRules();
        if (rules.getTransitionRules().isEmpty() && rules.nextTransition(at) == null) {
            // No change of offset from the appointment on: one STANDARD component suffices.
            String offset = offset(rules.getOffset(at));
            line(out, "BEGIN:STANDARD");
            line(out, "DTSTART:19700101T000000");
            line(out, "TZOFFSETFROM:" + offset);
            line(out, "TZOFFSETTO:" + offset);
            line(out, "END:STANDARD");
        } else if (zone.getId().equals("Europe/Paris")) {
            // Summer time since 1996 in the EU (directive 2000/84/EC): from the last Sunday of
            // March at 02:00 local time to the last Sunday of October at 03:00 local time.
            line(out, "BEGIN:DAYLIGHT");
            line(out, "DTSTART:19810329T020000");
            line(out, "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
            line(out, "TZOFFSETFROM:+0100");
            line(out, "TZOFFSETTO:+0200");
            line(out, "TZNAME:CEST");
            line(out, "END:DAYLIGHT");
            line(out, "BEGIN:STANDARD");
            line(out, "DTSTART:19961027T030000");
            line(out, "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
            line(out, "TZOFFSETFROM:+0200");
            line(out, "TZOFFSETTO:+0100");
            line(out, "TZNAME:CET");
            line(out, "END:STANDARD");
        } else {
            throw new IllegalArgumentException(
                    "iCalendar files support Europe/Paris and fixed-offset zones, not "
                            + zone.getId());
        }
        line(out, "END:VTIMEZONE");
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        return String.format(
                Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    }

    private static void line(StringBuilder out, String content) {
        out.append(fold(content)).append("\r\n");
    }
}
