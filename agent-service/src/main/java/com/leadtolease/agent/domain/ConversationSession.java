package com.leadtolease.agent.domain;

import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.stage.Stage;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One conversation's memory: what the prospect told us, what we offered, what was booked. Saved whole after every
 * turn with an optimistic version check, so two turns of one session never overwrite each other.
 * <p>
 * The fields are public for the document codec and for reading; they change only through the named steps below
 * (ArchitectureTest holds every other class to that), so each change of the conversation has one place.
 */
@MongoEntity(collection = "sessions")
public class ConversationSession {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    static final String STAFF_JOINED = "staff joined the conversation";
    static final String STAFF_TOOK_OVER = "staff took over the conversation";

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
    /** The turn this conversation's last write committed (see {@link CommittedTurn}). */
    public CommittedTurn lastTurn;
    public long version;
    public Instant createdAt;
    public Instant lastActivityAt;
    public Instant closedAt;
    public String closedReason;

    public static ConversationSession open(String id, String channel, String contextPropertyId, Instant now) {
        ConversationSession session = new ConversationSession();
        session.id = id;
        session.channel = channel;
        session.contextPropertyId = contextPropertyId;
        session.createdAt = now;
        session.lastActivityAt = now;
        session.stage = Stage.QUALIFYING.wireName();
        return session;
    }

    public boolean isOpen() {
        return OPEN.equals(status);
    }

    public boolean heldByStaff(Instant now) {
        return staffHoldUntil != null && now.isBefore(staffHoldUntil);
    }

    public String zoneOr(String fallback) {
        return chosenPropertyZone != null ? chosenPropertyZone : fallback;
    }

    // The lead and the turns

    /** Starts from what the lead on file already says. */
    public void startFrom(Lead lead) {
        leadId = lead.id;
        facts = LeadFacts.of(lead);
    }

    public void leadRecorded(String recordedLeadId, String recorded) {
        leadId = recordedLeadId;
        recordedLead = recorded;
    }

    /** The index of the next message of this conversation. */
    public void turnCommitted(CommittedTurn committed) {
        lastTurn = committed;
    }

    public int nextTurnIndex() {
        return turnCount++;
    }

    public void activeAt(Instant now) {
        lastActivityAt = now;
    }

    // Facts

    /** Absorb facts: takes what a message says; true when anything changed. */
    public boolean learn(Entities found) {
        return facts.absorb(found);
    }

    /** Puts back the facts as they were, for a turn that reads the message again. */
    public void restoreFacts(LeadFacts before) {
        facts = before;
    }

    /** The booking system refused the phone number: it is asked for again. */
    /** The prospect has no move-in date yet: it is not asked for again. */
    public void moveDateLeftOpen() {
        facts.moveDateOpen = true;
    }

    public void phoneRejected() {
        facts.forgetPhone();
        awaiting = Awaiting.CONTACT;
    }

    /** The booking system refused the email address: it is asked for again. */
    public void emailRejected() {
        facts.forgetEmail();
        awaiting = Awaiting.CONTACT;
    }

    // What the conversation waits for, and how far it got

    public void await(Awaiting what) {
        awaiting = what;
    }

    /** The stage moves forward with the conversation; see {@link #returnToStage} for the one way back. */
    public void reachStage(Stage reached) {
        Stage current = stage == null ? Stage.QUALIFYING : Stage.fromWireName(stage);
        if (reached.compareTo(current) > 0) {
            stage = reached.wireName();
        }
    }

    public void returnToStage(Stage to) {
        stage = to.wireName();
    }

    public void understood() {
        misunderstandings = 0;
    }

    /** @return how many messages in a row were not understood */
    public int misunderstood() {
        return ++misunderstandings;
    }

    // Search, choose, offer slots

    /** Searched with these criteria: unless a tour is booked, what was chosen from an older search is void. */
    public void searched(String criteria) {
        lastSearchSignature = criteria;
        if (tour == null) {
            chosenPropertyId = null;
            offeredSlots.clear();
            pendingSlotId = null;
        }
    }

    public void noListingsFound() {
        offeredListings.clear();
        awaiting = Awaiting.BASICS;
    }

    public void listingsOffered(List<OfferedListing> listings) {
        offeredListings = new ArrayList<>(listings);
        awaiting = Awaiting.LISTING;
        reachStage(Stage.SENDING_LIST);
    }

    public void propertyChosen(String propertyId, String name, String zone) {
        chosenPropertyId = propertyId;
        chosenPropertyName = name;
        chosenPropertyZone = zone;
        reachStage(Stage.SELECTING_FAVORITES);
    }

    public void slotsOffered(List<OfferedSlot> slots, SlotPurpose purpose) {
        offeredSlots = new ArrayList<>(slots);
        slotPurpose = purpose;
        awaiting = Awaiting.SLOT;
    }

    public void noSlotsFree() {
        offeredSlots.clear();
    }

    /** What choosing one of the offered slots does: book it, or move the booked tour to it. */
    public void offeredSlotsFor(SlotPurpose purpose) {
        slotPurpose = purpose;
    }

    public void favorite(String propertyId) {
        if (!favorites.contains(propertyId)) {
            favorites.add(propertyId);
        }
        reachStage(Stage.SELECTING_FAVORITES);
    }

    // Book, reschedule, cancel

    /** A slot waits to be booked: for the prospect's contact details, or for the booking system to answer again. */
    public void slotPending(String slotId) {
        pendingSlotId = slotId;
    }

    public void slotPendingContact(String slotId) {
        pendingSlotId = slotId;
        awaiting = Awaiting.CONTACT;
    }

    public void noSlotPending() {
        pendingSlotId = null;
    }

    public void tourBooked(BookedTour booked) {
        tour = booked;
        offeredSlots.clear();
        awaiting = null;
        reachStage(Stage.TOURING);
    }

    public void tourMoved(BookedTour moved) {
        tour = moved;
        offeredSlots.clear();
        slotPurpose = SlotPurpose.BOOK;
        awaiting = null;
    }

    /** The tour's property stays chosen, so "pick another time" offers its free times again. */
    public void tourCancelled() {
        if (tour != null) {
            chosenPropertyId = tour.propertyId;
        }
        tour = null;
        offeredSlots.clear();
        returnToStage(Stage.SELECTING_FAVORITES);
    }

    // Hand-offs and staff

    /** A person takes over; the agent's count of misunderstandings starts again. */
    public void handOff() {
        handedOff = true;
        misunderstandings = 0;
    }

    /** A guardrail refused the message and handed the conversation to a person. */
    public void handOffAfterRefusal() {
        handedOff = true;
    }

    public void handOffRecorded(Instant at, String reason) {
        handedOffAt = at;
        handoffReason = reason;
    }

    /**
     * A staff member replied: they hold the conversation until {@code holdUntil}; one joining unasked hands it off.
     *
     * @return the index of their message
     */
    public int staffReplied(String staffMember, Instant now, Instant holdUntil) {
        int index = nextTurnIndex();
        lastActivityAt = now;
        operator = staffMember;
        staffHoldUntil = holdUntil;
        if (!handedOff) {
            handedOff = true;
            handOffRecorded(now, STAFF_JOINED);
        }
        return index;
    }

    /**
     * A staff member takes the conversation before (or without) replying: the agent stays quiet until
     * {@code holdUntil} or the release, like after a staff reply. One taking it unasked hands it off.
     */
    public void takenOver(String staffMember, Instant now, Instant holdUntil) {
        operator = staffMember;
        staffHoldUntil = holdUntil;
        if (!handedOff) {
            handedOff = true;
            handOffRecorded(now, STAFF_TOOK_OVER);
        }
    }

    /** Staff give the conversation back to the agent. */
    public void released() {
        staffHoldUntil = null;
        handedOff = false;
    }
}
