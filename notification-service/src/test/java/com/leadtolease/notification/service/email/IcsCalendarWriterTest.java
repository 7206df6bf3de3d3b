package com.leadtolease.notification.service.email;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IcsCalendarWriterTest {

    private static final Instant START = Instant.parse("2030-05-14T19:00:00Z");

    private static IcsInvite invite(IcsInvite.Method method, int sequence, String description) {
        return new IcsInvite(method, IcsInvite.uidForTour("t-42"), sequence, Instant.parse("2030-05-01T12:00:00Z"),
                START, START.plusSeconds(45 * 60), "Tour of Maple Court", "1200 Elm St, Suite 4; Austin, TX",
                description, "Lead-to-Lease", "tours@leadtolease.local", "Jo \"JJ\" Lee", "jo@example.com");
    }

    @Test
    void writesARequestWithUtcTimesStableUidAndSequence() {
        String ics = IcsCalendarWriter.write(invite(IcsInvite.Method.REQUEST, 3, "Bring an ID."));

        List<String> lines = unfoldedLines(ics);
        assertThat(lines).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR");
        assertThat(lines).contains("METHOD:REQUEST", "UID:tour-t-42@leadtolease", "SEQUENCE:3",
                "DTSTAMP:20300501T120000Z", "DTSTART:20300514T190000Z", "DTEND:20300514T194500Z",
                "STATUS:CONFIRMED", "SUMMARY:Tour of Maple Court",
                "ORGANIZER;CN=\"Lead-to-Lease\":mailto:tours@leadtolease.local");
        assertThat(lines).anyMatch(l -> l.startsWith("ATTENDEE;CN=\"Jo JJ Lee\";ROLE=REQ-PARTICIPANT")
                && l.endsWith(":mailto:jo@example.com"));
        assertThat(ics.indexOf("BEGIN:VEVENT")).isLessThan(ics.indexOf("END:VEVENT"));
    }

    @Test
    void everyLineEndsWithCrlfAndThereIsNoBareLineFeed() {
        String ics = IcsCalendarWriter.write(invite(IcsInvite.Method.REQUEST, 0, "Line one\nLine two\r\nLine three"));

        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void escapesCommasSemicolonsBackslashesAndNewlinesInText() {
        String ics = IcsCalendarWriter.write(invite(IcsInvite.Method.REQUEST, 0, "A, B; C\\D\nE"));

        List<String> lines = unfoldedLines(ics);
        assertThat(lines).contains("DESCRIPTION:A\\, B\\; C\\\\D\\nE");
        assertThat(lines).contains("LOCATION:1200 Elm St\\, Suite 4\\; Austin\\, TX");
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingUtf8Characters() {
        String longText = "Große Führung — " + "é".repeat(60) + " then plain ASCII text ".repeat(6);
        String ics = IcsCalendarWriter.write(invite(IcsInvite.Method.REQUEST, 0, longText));

        String[] physical = ics.split("\r\n");
        assertThat(physical).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(Arrays.stream(physical).filter(l -> l.startsWith(" ")).count()).isGreaterThan(2);
        assertThat(unfoldedLines(ics)).contains("DESCRIPTION:" + longText.replace(",", "\\,"));
        assertThat(ics).doesNotContain("\uFFFD");
    }

    @Test
    void foldsExactlyAtTheLimit() {
        String line = "X".repeat(75);
        assertThat(IcsCalendarWriter.fold(line)).isEqualTo(line);
        assertThat(IcsCalendarWriter.fold(line + "Y")).isEqualTo(line + "\r\n Y");
        String twoLines = IcsCalendarWriter.fold("Z".repeat(75 + 74 + 1));
        assertThat(twoLines.split("\r\n")).extracting(String::length).containsExactly(75, 75, 2);
    }

    @Test
    void cancellationUsesMethodCancelAndStatusCancelledWithTheSameUid() {
        String ics = IcsCalendarWriter.write(invite(IcsInvite.Method.CANCEL, 4, "Cancelled."));

        List<String> lines = unfoldedLines(ics);
        assertThat(lines).contains("METHOD:CANCEL", "STATUS:CANCELLED", "UID:tour-t-42@leadtolease", "SEQUENCE:4");
        assertThat(invite(IcsInvite.Method.CANCEL, 4, "").contentType())
                .isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
    }

    /** RFC 5545 unfolding: a CRLF followed by one space or tab is removed. */
    static List<String> unfoldedLines(String ics) {
        return List.of(ics.replaceAll("\r\n[ \t]", "").split("\r\n"));
    }
}
