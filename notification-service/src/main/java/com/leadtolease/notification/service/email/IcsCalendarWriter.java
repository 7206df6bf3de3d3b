package com.leadtolease.notification.service.email;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes an {@link IcsInvite} as an iCalendar object: CRLF line endings, content lines folded at 75 octets
 * (never inside a UTF-8 character), TEXT values escaped ({@code \\ ; ,} and newlines), times in UTC.
 */
public final class IcsCalendarWriter {

    static final String CRLF = "\r\n";
    static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsCalendarWriter() {
    }

    public static String write(IcsInvite invite) {
        boolean cancel = invite.method() == IcsInvite.Method.CANCEL;
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//Lead-to-Lease//Tour Notifications//EN");
        line(ics, "VERSION:2.0");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + invite.method().name());
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + invite.uid());
        line(ics, "SEQUENCE:" + invite.sequence());
        line(ics, "DTSTAMP:" + utc(invite.stamp()));
        line(ics, "DTSTART:" + utc(invite.start()));
        if (invite.end() != null) {
            line(ics, "DTEND:" + utc(invite.end()));
        }
        optionalText(ics, "SUMMARY", invite.summary());
        optionalText(ics, "LOCATION", invite.location());
        optionalText(ics, "DESCRIPTION", invite.description());
        line(ics, "ORGANIZER" + commonName(invite.organizerName()) + ":mailto:" + invite.organizerEmail());
        if (invite.attendeeEmail() != null) {
            line(ics, "ATTENDEE" + commonName(invite.attendeeName())
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + invite.attendeeEmail());
        }
        line(ics, "STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String utc(Instant instant) {
        return UTC_FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void optionalText(StringBuilder ics, String name, String value) {
        if (value != null && !value.isBlank()) {
            line(ics, name + ":" + escapeText(value));
        }
    }

    private static void line(StringBuilder ics, String contentLine) {
        ics.append(fold(contentLine)).append(CRLF);
    }

    /** TEXT value escaping (RFC 5545 3.3.11): backslash first, then ; and , and every kind of line break. */
    static String escapeText(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /** {@code ;CN=...} parameter, quoted; a parameter value cannot contain DQUOTE or control characters. */
    static String commonName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String clean = name.replaceAll("[\"\\p{Cntrl}]", "").trim();
        return clean.isEmpty() ? "" : ";CN=\"" + clean + "\"";
    }

    /**
     * Folds a content line so no physical line exceeds 75 octets: a break is CRLF followed by one space, which
     * counts towards the next line's 75 octets. Breaks fall between code points, never inside a UTF-8 sequence.
     */
    static String fold(String contentLine) {
        StringBuilder folded = new StringBuilder(contentLine.length() + 16);
        int lineOctets = 0;
        int index = 0;
        while (index < contentLine.length()) {
            int codePoint = contentLine.codePointAt(index);
            int charCount = Character.charCount(codePoint);
            int octets = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (lineOctets + octets > MAX_LINE_OCTETS) {
                folded.append(CRLF).append(' ');
                lineOctets = 1;
            }
            folded.appendCodePoint(codePoint);
            lineOctets += octets;
            index += charCount;
        }
        return folded.toString();
    }
}
