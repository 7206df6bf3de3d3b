package com.leadtolease.agent.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One conversation's memory: what the prospect told us, what we offered, what was booked. Saved whole after every
 * turn with an optimistic version check, so two turns of one session never overwrite each other.
 */
@MongoEntity(collection = "sessions")
public class ConversationSession {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";

    @BsonId
    public String id;
    public String leadId;
    public String channel;
    /** The property whose website the chat started on, if any. */
    public String contextPropertyId;
    public String status = OPEN;
    public String stage;
    public LeadFacts facts = new LeadFacts();
    public List<OfferedListing> offeredListings = new ArrayList<>();
    public String chosenPropertyId;
    public String chosenPropertyName;
    public String chosenPropertyZone;
    public List<OfferedSlot> offeredSlots = new ArrayList<>();
    public SlotPurpose slotPurpose = SlotPurpose.BOOK;
    /** A slot the prospect picked before we had their contact details; booked once we have them. */
    public String pendingSlotId;
    /** What the last reply asked for, or null. */
    public Awaiting awaiting;
    /** The criteria the offered listings were searched with; a change searches again. */
    public String lastSearchSignature;
    /** What this conversation last wrote to its lead, so a turn that learnt nothing new skips the lead. */
    public String recordedLead;
    public BookedTour tour;
    public List<String> favorites = new ArrayList<>();
    public int misunderstandings;
    public boolean handedOff;
    /** The last hand-off: when and why (the prospect asked, misunderstandings, a guardrail). */
    public Instant handedOffAt;
    public String handoffReason;
    /** The staff member who last replied in this conversation, if any. */
    public String operator;
    /** Until then the agent leaves the prospect's messages to staff (see {@link #heldByStaff}). */
    public Instant staffHoldUntil;
    public int turnCount;
    public long version;
    public Instant createdAt;
    public Instant lastActivityAt;
    public Instant closedAt;
    public String closedReason;

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public boolean heldByStaff(Instant now) {
        return staffHoldUntil != null && now.isBefore(staffHoldUntil);
    }

    public String zoneOr(String fallback) {
        return chosenPropertyZone != null ? chosenPropertyZone : fallback;
    }
}
