package com.leadtolease.booking.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A bookable tour time of one property, stored in UTC. {@code remaining} and {@code claims} change together
 * in one conditional update, which is what makes booking atomic without transactions.
 */
@MongoEntity(collection = "slots")
public class TourSlot {
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    private static final DateTimeFormatter ID_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @BsonId
    public String id;
    public String propertyId;
    public Instant start;
    public Instant end;
    public int capacity;
    public int remaining;
    public List<SlotClaim> claims = new ArrayList<>();

    /** Deterministic id from the property and the local start time, so regenerating a slot finds the same document. */
    public static String idFor(String propertyId, LocalDateTime localStart) {
        return propertyId + "-" + ID_TIME.format(localStart);
    }

    /**
     * Matches the ids of the property's slots that start on one of {@code days} (local dates), or on any day when
     * {@code days} is empty. An anchored pattern on {@code _id} is read through the {@code _id} index: a range on
     * MongoDB, and on the embedded store a walk over the index keys instead of a scan of every slot document.
     */
    public static Pattern idsOn(String propertyId, Collection<LocalDate> days) {
        String dayPart = days.isEmpty() ? "\\d{8}"
                : days.stream().map(ID_DAY::format).collect(Collectors.joining("|", "(?:", ")"));
        return Pattern.compile("^" + Pattern.quote(propertyId + "-") + dayPart + "\\d{4}$");
    }

    public static TourSlot free(String propertyId, LocalDateTime localStart, Instant start, Instant end, int capacity) {
        TourSlot slot = new TourSlot();
        slot.id = idFor(propertyId, localStart);
        slot.propertyId = propertyId;
        slot.start = start;
        slot.end = end;
        slot.capacity = capacity;
        slot.remaining = capacity;
        return slot;
    }
}
