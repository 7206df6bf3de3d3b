package com.leadtolease.agent.llm;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.OfferedListing;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.policy.Dialog;
import com.leadtolease.agent.policy.FactSummary;
import com.leadtolease.agent.policy.Questions;
import com.leadtolease.agent.policy.TurnReply;
import com.leadtolease.agent.repository.AuditTrail;
import com.leadtolease.text.entities.Entities;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolMemoryId;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The LLM's tools, backed by the very {@link Dialog} steps guided mode takes (search, choose a listing, book,
 * reschedule, cancel, hand off, absorb facts), so both modes book, move and cancel the same way, with the same
 * idempotency keys, audit entries and agent.actions events. Each tool answers the model in guided mode's own honest
 * words plus the ids it needs for the next call; every call is audited as {@code llm.<tool>}.
 */
@ApplicationScoped
public class LeasingTools {

    private final LlmTurns turns;
    private final Dialog dialog;
    private final AuditTrail audit;

    LeasingTools(LlmTurns turns, Dialog dialog, AuditTrail audit) {
        this.turns = turns;
        this.dialog = dialog;
        this.audit = audit;
    }

    @Tool(name = "search_listings", value = "Search real listings. Every argument is optional: what the prospect "
            + "said before is remembered. Returns up to 3 listings with their propertyId.")
    public String searchListings(@ToolMemoryId String sessionId,
                                 @P(value = "area or neighborhood, e.g. Katy", required = false) String area,
                                 @P(value = "bedrooms, 0 for a studio", required = false) Integer bedrooms,
                                 @P(value = "highest monthly rent in dollars", required = false) Integer maxRent,
                                 @P(value = "pet species moving in: dog, cat, ...", required = false) String pet) {
        return run(sessionId, "search_listings", "area=" + area + " bedrooms=" + bedrooms + " maxRent=" + maxRent
                + " pet=" + pet, turn -> {
            ConversationSession session = turn.session();
            dialog.absorbFacts(session, new Entities(maxRent, bedrooms, null, pet == null ? null : List.of(pet),
                    area == null ? List.of() : List.of(area), List.of(), null, null, null));
            TurnReply scratch = new TurnReply();
            dialog.search(session, scratch);
            turn.absorb(scratch);
            StringBuilder answer = new StringBuilder(scratch.text());
            for (OfferedListing listing : session.offeredListings) {
                answer.append("\n- propertyId=").append(listing.propertyId).append(" name=").append(listing.name)
                        .append(" area=").append(listing.area).append(" rentFrom=").append(listing.rentFrom);
            }
            return answer.toString();
        });
    }

    @Tool(name = "check_availability", value = "Real free tour slots of a property from the booking system (the only "
            + "source of tour times). Returns up to 3 slots with their slotId and label.")
    public String checkAvailability(@ToolMemoryId String sessionId,
                                    @P("the propertyId from search_listings") String propertyId) {
        return run(sessionId, "check_availability", "propertyId=" + propertyId, turn -> {
            ConversationSession session = turn.session();
            TurnReply scratch = new TurnReply();
            dialog.chooseListing(session, propertyId, turn.today(), scratch);
            take(turn, scratch, session);
            return scratch.text() + (showsSlots(scratch) ? slotLines(session.offeredSlots) : "");
        });
    }

    @Tool(name = "book_tour", value = "Book a tour in one of the slots check_availability returned. Needs the "
            + "prospect's name, email and phone (pass them if the prospect just gave them).")
    public String bookTour(@ToolMemoryId String sessionId,
                           @P("slotId from check_availability") String slotId,
                           @P(value = "prospect's full name", required = false) String name,
                           @P(value = "prospect's email", required = false) String email,
                           @P(value = "prospect's phone", required = false) String phone) {
        return run(sessionId, "book_tour", "slotId=" + slotId + contactGiven(name, email, phone), turn -> {
            ConversationSession session = turn.session();
            dialog.absorbFacts(session, new Entities(null, null, null, null, List.of(), List.of(), name, email,
                    phone));
            Optional<OfferedSlot> slot = offered(session, slotId);
            if (slot.isEmpty()) {
                return "Not booked: " + slotId + " is not one of the offered slots. Call check_availability first.";
            }
            if (!session.facts.hasContact()) {
                session.slotPendingContact(slotId);
                return "Not booked yet: ask the prospect for " + String.join(" and ",
                        Questions.missingContact(session.facts)) + ".";
            }
            TurnReply scratch = new TurnReply();
            dialog.book(session, slot.get(), scratch);
            take(turn, scratch, session);
            if (session.tour != null && slotId.equals(session.tour.slotId)) {
                turn.slotReturned(slot.get());
            }
            return scratch.text() + (showsSlots(scratch) ? slotLines(session.offeredSlots) : "");
        });
    }

    @Tool(name = "reschedule_tour", value = "Move the prospect's booked tour to one of the slots check_availability "
            + "returned for the same property.")
    public String rescheduleTour(@ToolMemoryId String sessionId,
                                 @P("slotId from check_availability") String slotId) {
        return run(sessionId, "reschedule_tour", "slotId=" + slotId, turn -> {
            ConversationSession session = turn.session();
            if (session.tour == null) {
                return "There is no booked tour to move.";
            }
            Optional<OfferedSlot> slot = offered(session, slotId);
            if (slot.isEmpty()) {
                return "Not moved: " + slotId + " is not one of the offered slots. Call check_availability first.";
            }
            TurnReply scratch = new TurnReply();
            dialog.rescheduleTo(session, slot.get(), scratch);
            take(turn, scratch, session);
            if (slotId.equals(session.tour.slotId)) {
                turn.slotReturned(slot.get());
            }
            return scratch.text() + (showsSlots(scratch) ? slotLines(session.offeredSlots) : "");
        });
    }

    @Tool(name = "cancel_tour", value = "Cancel the prospect's booked tour.")
    public String cancelTour(@ToolMemoryId String sessionId) {
        return run(sessionId, "cancel_tour", "", turn -> {
            ConversationSession session = turn.session();
            if (session.tour == null) {
                return "The prospect has no booked tour.";
            }
            TurnReply scratch = new TurnReply();
            dialog.cancel(session, scratch);
            turn.absorb(scratch);
            return scratch.text();
        });
    }

    @Tool(name = "save_prospect_info", value = "Remember what the prospect told you about themselves. Every argument "
            + "is optional.")
    public String saveProspectInfo(@ToolMemoryId String sessionId,
                                   @P(value = "full name", required = false) String name,
                                   @P(value = "email", required = false) String email,
                                   @P(value = "phone", required = false) String phone,
                                   @P(value = "monthly budget in dollars", required = false) Integer budget,
                                   @P(value = "bedrooms, 0 for a studio", required = false) Integer bedrooms,
                                   @P(value = "move-in date as YYYY-MM-DD", required = false) String moveDate,
                                   @P(value = "area or neighborhood", required = false) String area,
                                   @P(value = "pets, e.g. [\"dog\"]; [] for none", required = false) List<String> pets) {
        String given = "budget=" + budget + " bedrooms=" + bedrooms + " moveDate=" + moveDate + " area=" + area
                + " pets=" + pets + contactGiven(name, email, phone);
        return run(sessionId, "save_prospect_info", given, turn -> {
            ConversationSession session = turn.session();
            dialog.absorbFacts(session, new Entities(budget, bedrooms, date(moveDate), pets,
                    area == null ? List.of() : List.of(area), List.of(), name, email, phone));
            String known = FactSummary.confirmation(session.facts);
            return (known.isBlank() ? "Saved." : "Saved. " + known) + (session.facts.hasContact()
                    ? " Contact details complete." : " Still missing: " + String.join(", ",
                    Questions.missingContact(session.facts)) + ".");
        });
    }

    @Tool(name = "hand_off_to_human", value = "Bring in a person from the leasing team: when the prospect asks for "
            + "one, or when you cannot help.")
    public String handOffToHuman(@ToolMemoryId String sessionId, @P("why, in a few words") String reason) {
        return run(sessionId, "hand_off_to_human", "reason=" + reason, turn -> {
            TurnReply scratch = new TurnReply();
            dialog.handOff(turn.session(), reason == null || reason.isBlank() ? "the model handed off" : reason,
                    scratch);
            turn.absorb(scratch);
            return scratch.text();
        });
    }

    private String run(String sessionId, String tool, String detail, Function<LlmTurn, String> work) {
        long started = System.nanoTime();
        LlmTurn turn = turns.find(sessionId).orElse(null);
        if (turn == null) {
            audit.toolCall(sessionId, "llm." + tool, detail, "no turn in progress", 0);
            return "This tool is not available right now.";
        }
        try {
            String answer = work.apply(turn);
            audit.toolCall(sessionId, "llm." + tool, detail, "ok", elapsedMs(started));
            return answer;
        } catch (RuntimeException e) {
            audit.toolCall(sessionId, "llm." + tool, detail, "failed: " + e.getClass().getSimpleName(),
                    elapsedMs(started));
            throw e;
        }
    }

    /** A step that showed slots (availability, or alternatives to a taken slot) makes exactly those nameable. */
    private static void take(LlmTurn turn, TurnReply scratch, ConversationSession session) {
        if (showsSlots(scratch)) {
            turn.slotsShown(scratch, new ArrayList<>(session.offeredSlots));
        } else {
            turn.absorb(scratch);
        }
    }

    private static boolean showsSlots(TurnReply scratch) {
        return scratch.cards().stream().anyMatch(card -> "slot".equals(card.get("type")));
    }

    private static Optional<OfferedSlot> offered(ConversationSession session, String slotId) {
        return session.offeredSlots.stream().filter(slot -> slot.slotId.equals(slotId)).findFirst();
    }

    private static String slotLines(List<OfferedSlot> slots) {
        StringBuilder lines = new StringBuilder();
        for (OfferedSlot slot : slots) {
            lines.append("\n- slotId=").append(slot.slotId).append(" label=").append(slot.label);
        }
        return lines.toString();
    }

    /** Audit details never carry contact details, only which were given. */
    private static String contactGiven(String name, String email, String phone) {
        return (name != null ? " name=given" : "") + (email != null ? " email=given" : "")
                + (phone != null ? " phone=given" : "");
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
