package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingUnavailable;
import com.leadtolease.agent.client.TourBooking;
import com.leadtolease.agent.client.TourOutcome;
import com.leadtolease.agent.domain.BookedTour;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.domain.SlotPurpose;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Books, moves and cancels the prospect's tour through booking-service, and says honestly what happened. */
@ApplicationScoped
public class TourDesk {

    static final String UNAVAILABLE = "I can't reach our booking system right now, so I can't confirm that. Please try "
            + "again in a minute, or say \"talk to a person\".";

    private final BookingApi booking;
    private final SlotFinder slots;

    TourDesk(BookingApi booking, SlotFinder slots) {
        this.booking = booking;
        this.slots = slots;
    }

    /** The same session choosing the same slot always sends the same key, so a repeated request books once. */
    public static String idempotencyKey(String sessionId, String slotId) {
        return "agent-" + UUID.nameUUIDFromBytes(("tour:" + sessionId + ":" + slotId).getBytes(StandardCharsets.UTF_8));
    }

    public void book(ConversationSession session, OfferedSlot slot, TurnReply reply) {
        TourOutcome outcome;
        try {
            outcome = booking.book(session.id, idempotencyKey(session.id, slot.slotId),
                    new TourBooking(slot.propertyId, slot.slotId, session.facts.name, session.facts.email,
                            session.facts.phone, session.leadId));
        } catch (BookingUnavailable e) {
            session.slotPending(slot.slotId);
            reply.say(UNAVAILABLE);
            return;
        }
        session.noSlotPending();
        if (outcome.succeeded()) {
            session.tourBooked(booked(outcome, slot, session));
            reply.say("You're booked: a tour of " + session.tour.propertyName + " on " + session.tour.label + ".")
                    .say("A confirmation is on its way to " + session.facts.email + ". If you need to move or cancel "
                            + "it, just tell me here.")
                    .action(new AgentAction(AgentAction.SCHEDULE_TOUR, slot.propertyId, Map.of(
                            "tourId", session.tour.tourId, "slotId", slot.slotId,
                            "start", slot.start.toString()), "schedule_tour:" + session.tour.tourId))
                    .quickReplies(List.of("How do I apply?", "Move my tour", "Cancel my tour"));
            return;
        }
        if (outcome.slotTaken()) {
            offerAlternatives(session, slot, outcome, SlotPurpose.BOOK, reply);
            return;
        }
        rejected(session, outcome, reply);
    }

    /** "move it to the next day", "can I move my tour to Saturday at 10?" */
    public void reschedule(ConversationSession session, String text, LocalDate today, TurnReply reply) {
        BookedTour tour = session.tour;
        ZonedDateTime current = tour.start.atZone(ZoneId.of(tour.zone));
        DayTime wanted = DayTimeReader.read(text, today);
        try {
            LocalDate day = wanted.resolveDay(today, current.toLocalDate());
            if (day == null) {
                offerRescheduleSlots(session, today, "Sure — here are the next free times at " + tour.propertyName
                        + ":", reply);
                return;
            }
            LocalTime time = wanted.time() != null ? wanted.time() : current.toLocalTime();
            Optional<OfferedSlot> nearest = slots.nearestOn(session.id, tour.propertyId, day, time, tour.slotId)
                    .filter(slot -> wanted.time() != null || wanted.partOfDay() == null
                            || wanted.matchesTime(slot.start.atZone(ZoneId.of(slot.zone)).toLocalTime()));
            if (nearest.isEmpty()) {
                offerRescheduleSlots(session, day, "There are no free times at " + tour.propertyName + " that day. "
                        + "The next ones are:", reply);
                return;
            }
            rescheduleTo(session, nearest.get(), reply);
        } catch (BookingUnavailable e) {
            reply.say(UNAVAILABLE);
        }
    }

    public void rescheduleTo(ConversationSession session, OfferedSlot slot, TurnReply reply) {
        TourOutcome outcome;
        try {
            outcome = booking.reschedule(session.id, session.tour.tourId, slot.slotId);
        } catch (BookingUnavailable e) {
            reply.say(UNAVAILABLE);
            return;
        }
        if (outcome.succeeded()) {
            String previous = session.tour.label;
            session.tourMoved(booked(outcome, slot, session));
            reply.say("Done — your tour of " + session.tour.propertyName + " moved from " + previous + " to "
                            + session.tour.label + ". An updated invite is on its way.")
                    .action(new AgentAction(AgentAction.RESCHEDULE_TOUR, slot.propertyId, Map.of(
                            "tourId", session.tour.tourId, "slotId", slot.slotId, "start", slot.start.toString()),
                            null));
            return;
        }
        if (outcome.slotTaken()) {
            offerAlternatives(session, slot, outcome, SlotPurpose.RESCHEDULE, reply);
            return;
        }
        rejected(session, outcome, reply);
    }

    public void cancel(ConversationSession session, TurnReply reply) {
        BookedTour tour = session.tour;
        TourOutcome outcome;
        try {
            outcome = booking.cancel(session.id, tour.tourId, "cancelled by the prospect in chat");
        } catch (BookingUnavailable e) {
            reply.say(UNAVAILABLE);
            return;
        }
        if (!outcome.succeeded()) {
            rejected(session, outcome, reply);
            return;
        }
        session.tourCancelled();
        reply.say("Your tour of " + tour.propertyName + " on " + tour.label + " is cancelled.")
                .say("Would you like to pick another time?")
                .action(new AgentAction(AgentAction.CANCEL_TOUR, tour.propertyId, Map.of("tourId", tour.tourId), null))
                .quickReplies(List.of("Pick another time", "Show other listings"));
    }

    private void offerRescheduleSlots(ConversationSession session, LocalDate from, String intro, TurnReply reply) {
        List<OfferedSlot> offered = slots.offer(session.id, session.tour.propertyId, from, session.tour.slotId);
        if (offered.isEmpty()) {
            reply.say("I don't see any other free tour times at " + session.tour.propertyName + " soon. Your tour "
                    + "stays on " + session.tour.label + ".");
            return;
        }
        present(session, offered, SlotPurpose.RESCHEDULE, intro, reply);
    }

    private void offerAlternatives(ConversationSession session, OfferedSlot taken, TourOutcome outcome,
                                   SlotPurpose purpose, TurnReply reply) {
        List<OfferedSlot> alternatives = outcome.nextFreeSlots().stream().limit(3)
                .map(slot -> SlotFinder.offered(slot, taken.propertyId, taken.zone)).toList();
        present(session, alternatives, purpose, "Sorry — " + taken.label + " was just taken. The next free times are:",
                reply);
    }

    public static void present(ConversationSession session, List<OfferedSlot> offered, SlotPurpose purpose, String intro,
                        TurnReply reply) {
        session.slotsOffered(offered, purpose);
        StringBuilder text = new StringBuilder(intro);
        for (int i = 0; i < offered.size(); i++) {
            text.append(' ').append(i + 1).append(". ").append(offered.get(i).label).append(i + 1 < offered.size() ? ";" : ".");
        }
        reply.say(text.toString()).say("Which works for you?");
        offered.forEach(slot -> reply.card(Cards.slot(slot)));
        reply.quickReplies(offered.stream().map(slot -> slot.label).toList());
    }

    private static void rejected(ConversationSession session, TourOutcome outcome, TurnReply reply) {
        String problem = outcome.problem() == null ? "" : outcome.problem();
        if (outcome.status() == 400 && problem.toLowerCase().contains("phone")) {
            session.phoneRejected();
            reply.say("The booking system didn't accept that phone number. Could you send it again, e.g. 713-555-0100?");
        } else if (outcome.status() == 400 && problem.toLowerCase().contains("email")) {
            session.emailRejected();
            reply.say("The booking system didn't accept that email address. Could you send it again?");
        } else {
            reply.say("I couldn't do that: " + (problem.isBlank() ? "the booking system said no." : problem)
                    + " Would you like to talk to a person?");
        }
    }

    private static BookedTour booked(TourOutcome outcome, OfferedSlot slot, ConversationSession session) {
        BookedTour tour = new BookedTour();
        tour.tourId = outcome.tour().id();
        tour.propertyId = slot.propertyId;
        tour.propertyName = outcome.tour().propertyName() != null ? outcome.tour().propertyName()
                : session.tour != null ? session.tour.propertyName : session.chosenPropertyName;
        tour.slotId = slot.slotId;
        tour.zone = outcome.tour().timeZone() != null ? outcome.tour().timeZone() : slot.zone;
        tour.start = outcome.tour().start() != null ? outcome.tour().start().toInstant() : slot.start;
        tour.label = SlotLabels.label(tour.start, tour.zone);
        return tour;
    }
}
