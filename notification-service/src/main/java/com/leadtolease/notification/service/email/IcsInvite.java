package com.leadtolease.notification.service.email;

import java.time.Instant;
import java.util.Objects;

/**
 * One iCalendar (RFC 5545 / iTIP RFC 5546) tour invite or cancellation. The same {@code uid} with a higher
 * {@code sequence} updates (REQUEST) or removes (CANCEL) the entry already in the lead's calendar.
 */
public record IcsInvite(
        Method method,
        String uid,
        int sequence,
        Instant stamp,
        Instant start,
        Instant end,
        String summary,
        String location,
        String description,
        String organizerName,
        String organizerEmail,
        String attendeeName,
        String attendeeEmail) {

    public enum Method {
        REQUEST, CANCEL
    }

    public IcsInvite {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(organizerEmail, "organizerEmail");
    }

    /** The stable UID of a tour's calendar entry. */
    public static String uidForTour(String tourId) {
        return "tour-" + tourId + "@leadtolease";
    }

    /** The MIME type of the attachment, with the iTIP method as calendar clients expect it. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + method.name();
    }
}
