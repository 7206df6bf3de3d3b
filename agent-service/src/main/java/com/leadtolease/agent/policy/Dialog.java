package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.Awaiting;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.domain.SlotPurpose;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.stage.Stage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a leasing conversation — absorb facts, search, choose a listing, offer and choose slots, book,
 * reschedule, cancel, hand off — each changing the session and saying what happened. The guided router picks one
 * step per message; the LLM's tools call the same steps, so both modes act and speak alike.
 */
@ApplicationScoped
public class Dialog {

    /** A question nothing we know answers: said plainly (counts towards the hand-off like a misunderstanding). */
    static final String UNANSWERED_QUESTION = "That's a good question, but I don't have the answer in my details, "
            + "and I won't guess. The leasing team can answer it: say \"talk to a person\" and I'll bring them in.";

    /** What a message taught: anything at all, and whether it changed the search criteria. */
    public record Learned(boolean anything, boolean criteriaChanged) {
        static final Learned NOTHING = new Learned(false, false);
    }

    private final FactReader facts;
    private final ListingOffer listings;
    private final TourDesk tours;
    private final ProspectRequests requests;
    private final TopicAnswer topics;
    private final int misunderstandingsBeforeHandoff;

    Dialog(FactReader facts, ListingOffer listings, TourDesk tours, ProspectRequests requests, TopicAnswer topics,
           AgentConfig config) {
        this.facts = facts;
        this.listings = listings;
        this.tours = tours;
        this.requests = requests;
        this.topics = topics;
        this.misunderstandingsBeforeHandoff = config.dialog().misunderstandingsBeforeHandoff();
    }

    public void greet(ConversationSession session, TurnReply reply) {
        String where = session.contextPropertyId == null ? "" : requests.property(session.id,
                session.contextPropertyId).map(p -> " for " + p.name()).orElse("");
        session.returnToStage(Stage.QUALIFYING);
        reply.say("Hi! I'm the virtual leasing assistant" + where + ". I can find apartments that fit you, check "
                + "real tour times and book a tour for you.");
        List<String> missing = Questions.missingBasics(session.facts);
        if (missing.isEmpty()) {
            reply.say(Questions.anythingElse());
        } else {
            String ask = Questions.askBasics(missing);
            reply.say("To start: " + Character.toLowerCase(ask.charAt(0)) + ask.substring(1));
            session.await(Awaiting.BASICS);
        }
        reply.quickReplies(List.of("2 bedrooms in Katy under $1,900", "What are the pet rules?", "Talk to a person"));
    }

    /**
     * The first message to a lead who came in by a web form, whose facts the session already holds: says back what the
     * form told us and asks only for what is still missing. The form's property becomes the chosen one (its area
     * counts as the area asked for), so "pick a tour time" offers its free times at once.
     */
    public void welcomeFromForm(ConversationSession session, TurnReply reply) {
        session.returnToStage(Stage.QUALIFYING);
        String propertyName = null;
        if (session.contextPropertyId != null) {
            Optional<PropertyDetail> property = requests.property(
                    session.id, session.contextPropertyId);
            if (property.isPresent()) {
                propertyName = property.get().name();
                session.propertyChosen(property.get().id(), propertyName, property.get().timeZone());
                if (session.facts.areas.isEmpty() && property.get().area() != null) {
                    session.learn(new Entities(null, null, null, null, List.of(property.get().area()), List.of(),
                            null, null, null));
                }
                session.returnToStage(Stage.QUALIFYING);
            }
        }
        reply.say(FormGreeting.of(session.facts, propertyName));
        if (askedForWhatIsMissing(session, reply)) {
            return;
        }
        if (propertyName != null) {
            reply.say("Would you like to see the homes that fit, or pick a tour time?")
                    .quickReplies(List.of("Show me homes that fit", "Pick a tour time", "Talk to a person"));
        } else {
            reply.say("Would you like to see the homes that fit?")
                    .quickReplies(List.of("Show me homes that fit", "Talk to a person"));
        }
    }

    /**
     * Reads the message's facts into the session. Asked for the move-in date, "whenever" or "I'm flexible" is an
     * answer too: the date stays open and is not asked for again.
     */
    public Learned absorbFacts(ConversationSession session, String text, LocalDate today) {
        String before = ListingOffer.criteria(session.facts);
        boolean anything = session.learn(facts.read(session, text, today));
        if (session.facts.moveDate == null && !session.facts.moveDateOpen && asksMoveDate(session.awaiting)
                && MessageReader.leavesMoveDateOpen(text)) {
            session.moveDateLeftOpen();
            anything = true;
        }
        return new Learned(anything, !ListingOffer.criteria(session.facts).equals(before));
    }

    private static boolean asksMoveDate(Awaiting awaiting) {
        return awaiting == Awaiting.MOVE_DATE || awaiting == Awaiting.MOVE_DATE_AND_PETS;
    }

    /** Takes facts the LLM read; true when anything was new. */
    public boolean absorbFacts(ConversationSession session, Entities found) {
        return session.learn(found);
    }

    public void search(ConversationSession session, TurnReply reply) {
        listings.search(session, reply);
    }

    public void chooseListing(ConversationSession session, String propertyId, LocalDate today, TurnReply reply) {
        listings.choose(session, propertyId, today, reply);
    }

    /** One of the offered slots: moves the booked tour to it, or books it once the contact details are known. */
    public void chooseSlot(ConversationSession session, OfferedSlot slot, TurnReply reply) {
        if (session.slotPurpose == SlotPurpose.RESCHEDULE && session.tour != null) {
            rescheduleTo(session, slot, reply);
            return;
        }
        if (!session.facts.hasContact()) {
            session.slotPendingContact(slot.slotId);
            reply.say("Great — " + slot.label + ".").say(Questions.askContact(session.facts));
            return;
        }
        book(session, slot, reply);
    }

    public void book(ConversationSession session, OfferedSlot slot, TurnReply reply) {
        tours.book(session, slot, reply);
    }

    /** Books the slot that waited for the contact details, now given. */
    public void bookPending(ConversationSession session, TurnReply reply) {
        Optional<OfferedSlot> slot = session.offeredSlots.stream()
                .filter(offered -> offered.slotId.equals(session.pendingSlotId)).findFirst();
        if (slot.isEmpty()) {
            session.noSlotPending();
            reply.say("Thanks!").say(Questions.current(session));
            return;
        }
        reply.say("Thanks, " + session.facts.name + ".");
        book(session, slot.get(), reply);
    }

    /** "move my tour to Saturday at 10": to the offered slot it names, else to what the message asks for. */
    public void reschedule(ConversationSession session, String text, LocalDate today, TurnReply reply) {
        Optional<OfferedSlot> picked = session.slotPurpose == SlotPurpose.RESCHEDULE
                ? SlotChoice.pick(text, session.offeredSlots, today) : Optional.empty();
        if (picked.isPresent()) {
            rescheduleTo(session, picked.get(), reply);
        } else {
            tours.reschedule(session, text, today, reply);
        }
    }

    public void rescheduleTo(ConversationSession session, OfferedSlot slot, TurnReply reply) {
        session.offeredSlotsFor(SlotPurpose.RESCHEDULE);
        tours.rescheduleTo(session, slot, reply);
    }

    public void cancel(ConversationSession session, TurnReply reply) {
        if (session.tour == null) {
            reply.say("You don't have a tour booked with me right now.").say(Questions.current(session));
        } else {
            tours.cancel(session, reply);
        }
    }

    public void handOff(ConversationSession session, String reason, TurnReply reply) {
        session.handOff();
        reply.handOff()
                .say("I'm bringing in a member of our leasing team — they'll reply right here in this chat.")
                .action(AgentAction.handoff(reason, session.turnCount));
    }

    public void favorite(ConversationSession session, String propertyId, TurnReply reply) {
        requests.favorite(session, propertyId, reply);
    }

    public void requestDocs(ConversationSession session, String propertyId, TurnReply reply) {
        requests.requestDocs(session, propertyId, reply);
    }

    public void apply(ConversationSession session, String propertyId, TurnReply reply) {
        requests.apply(session, propertyId, reply);
    }

    public String answer(ConversationSession session, Topic topic, String question) {
        return topics.answer(session, topic, question);
    }

    public void understood(ConversationSession session) {
        session.understood();
    }

    /** Says so and asks again; after too many in a row, hands off. */
    public void misunderstood(ConversationSession session, String text, TurnReply reply) {
        int times = session.misunderstood();
        if (times >= misunderstandingsBeforeHandoff) {
            reply.say("Sorry, I'm having trouble understanding.");
            handOff(session, "the agent did not understand " + times + " times", reply);
            return;
        }
        reply.say(MessageReader.isQuestion(text) ? UNANSWERED_QUESTION : "Sorry, I didn't quite catch that.")
                .say(Questions.current(session));
    }

    /** The next step of the conversation, given everything known: ask what is missing, search, offer slots. */
    public void next(ConversationSession session, LocalDate today, boolean criteriaChanged, TurnReply reply) {
        LeadFacts known = session.facts;
        if (askedForWhatIsMissing(session, reply)) {
            return;
        }
        if (criteriaChanged || !ListingOffer.criteria(known).equals(session.lastSearchSignature)) {
            search(session, reply);
        } else if (session.chosenPropertyId == null) {
            session.await(Awaiting.LISTING);
            reply.say(Questions.current(session));
        } else if (session.tour == null && session.offeredSlots.isEmpty()) {
            listings.offerSlots(session, today, "", reply);
        } else if (session.tour == null) {
            reply.say(known.hasContact() ? Questions.current(session) : Questions.askContact(known));
        } else {
            reply.say("Your tour of " + session.tour.propertyName + " is on " + session.tour.label + ".")
                    .say("Anything else I can help with — questions about the property, or how to apply?");
        }
    }

    /** Asks for the first basic fact still missing (bedrooms / budget / area, then move-in date and pets). */
    private static boolean askedForWhatIsMissing(ConversationSession session, TurnReply reply) {
        LeadFacts known = session.facts;
        List<String> missing = Questions.missingBasics(known);
        if (!missing.isEmpty()) {
            session.await(Awaiting.BASICS);
            reply.say(Questions.askBasics(missing));
        } else if (known.moveDate == null && !known.moveDateOpen && known.pets == null) {
            session.await(Awaiting.MOVE_DATE_AND_PETS);
            reply.say(Questions.askMoveDateAndPets())
                    .quickReplies(List.of("Next month, no pets", "As soon as possible, no pets", "I'm flexible"));
        } else if (known.moveDate == null && !known.moveDateOpen) {
            session.await(Awaiting.MOVE_DATE);
            reply.say(Questions.askMoveDate()).quickReplies(List.of("As soon as possible", "Next month", "I'm flexible"));
        } else if (known.pets == null) {
            session.await(Awaiting.PETS);
            reply.say(Questions.askPets()).quickReplies(List.of("No pets", "A cat", "A dog"));
        } else {
            return false;
        }
        return true;
    }
}
