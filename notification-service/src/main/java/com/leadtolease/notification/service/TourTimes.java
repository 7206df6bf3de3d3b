package com.leadtolease.notification.service;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Tour times as a lead reads them: in the property's time zone, with the zone's abbreviation (CST, CDT...). */
public record TourTimes(ZoneId zone) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("EEE, MMM d", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);

    /** The property's zone; UTC when it is missing or unknown (and then the text says UTC). */
    public static TourTimes in(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return new TourTimes(ZoneOffset.UTC);
        }
        try {
            return new TourTimes(ZoneId.of(timeZone));
        } catch (DateTimeException e) {
            return new TourTimes(ZoneOffset.UTC);
        }
    }

    /** "Tuesday, March 4, 2025, 2:00 PM – 2:45 PM CST". */
    public String span(Instant start, Instant end) {
        String from = DATE.format(start.atZone(zone)) + ", " + TIME.format(start.atZone(zone));
        String to = end == null ? "" : " – " + TIME.format(end.atZone(zone));
        return from + to + " " + abbreviation(start);
    }

    /** "Tue, Mar 4 at 2:00 PM CST", for subject lines. */
    public String brief(Instant start) {
        return SHORT_DATE.format(start.atZone(zone)) + " at " + TIME.format(start.atZone(zone)) + " " + abbreviation(start);
    }

    /** ISO-8601 local time with offset, e.g. 2025-03-04T14:00:00-06:00. */
    public String isoLocal(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }

    public String abbreviation(Instant at) {
        return ZONE.format(at.atZone(zone));
    }
}
