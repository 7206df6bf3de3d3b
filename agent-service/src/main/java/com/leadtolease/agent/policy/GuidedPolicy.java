package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingUnavailable;
import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.client.SearchCriteria;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.Awaiting;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.domain.OfferedListing;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.domain.SlotPurpose;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.entities.EntityExtractor;
import com.leadtolease.text.stage.Stage;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guided (no-LLM) dialog policy: a deterministic slot-filling conversation on the shared entity extraction. It
 * asks only for what is missing (area, bedrooms, budget; move-in date; pets; contact details before booking), takes
 * several facts from one message, says back what it understood, shows real listings and real free tour slots, books,
 * moves and cancels tours, answers common questions from property data, and hands off to a person when asked or
 * after failing to understand twice.
 */
@ApplicationScoped
public class GuidedPolicy {

    /** A question nothing we know answers: said plainly (counts towards the hand-off like a misunderstanding). */
    static final String UNANSWERED_QUESTION = "That's a good question, but I don't have the answer in my details, "
            + "and I won't guess. The leasing team can answer it: say \"talk to a person\" and I'll bring them in.";
    private static final Pattern BARE_NO = Pattern.compile("^\\s*(?:no|nope|none|nah|no,? thanks?)\\b[.!]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NAME = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})"
            + "\\s*(?:,|$)");

    private final EntityExtractor extractor;
    private final ListingSearch listings;
    private final SlotFinder slots;
    private final TourDesk tours;
    private final BookingApi booking;
    private final KnowledgeAnswers knowledge;
    private final int misunderstandingsBeforeHandoff;

    GuidedPolicy(EntityExtractor extractor, ListingSearch listings, SlotFinder slots, TourDesk tours,
                 BookingApi booking, KnowledgeAnswers knowledge, AgentConfig config) {
        this.extractor = extractor;
        this.listings = listings;
        this.slots = slots;
        this.tours = tours;
        this.booking = booking;
        this.knowledge = knowledge;
        this.misunderstandingsBeforeHandoff = config.dialog().misunderstandingsBeforeHandoff();
    }

    public void greet(ConversationSession session, TurnReply reply) {
        String where = "";
        if (session.contextPropertyId != null) {
            where = safeProperty(session).map(p -> " for " + p.name()).orElse("");
        }
        session.returnToStage(Stage.QUALIFYING);
        reply.say("Hi! I'm the virtual leasing assistant" + where + ". I can find apartments that fit you, check "
                + "real tour times and book a tour for you.");
        List<String> missing = Questions.missingBasics(session.facts);
        if (missing.isEmpty()) {
            reply.say(Questions.anythingElse());
        } else {
            reply.say("To start: " + Character.toLowerCase(Questions.askBasics(missing).charAt(0))
                    + Questions.askBasics(missing).substring(1));
            session.await(Awaiting.BASICS);
        }
        reply.quickReplies(List.of("2 bedrooms in Katy under $1,900", "What are the pet rules?", "Talk to a person"));
    }

    public void onMessage(ConversationSession session, String text, LocalDate today, TurnReply reply) {
        if (MessageReader.wantsHuman(text)) {
            handOff(session, "the prospect asked for a person", reply);
            return;
        }
        if (MessageReader.wantsCancel(text)) {
            understood(session);
            if (session.tour == null) {
                reply.say("You don't have a tour booked with me right now.").say(Questions.current(session));
            } else {
                tours.cancel(session, reply);
            }
            return;
        }
        if (session.tour != null && MessageReader.wantsReschedule(text)) {
            understood(session);
            Optional<OfferedSlot> picked = session.slotPurpose == SlotPurpose.RESCHEDULE
                    ? SlotChoice.pick(text, session.offeredSlots, today) : Optional.empty();
            if (picked.isPresent()) {
                tours.rescheduleTo(session, picked.get(), reply);
            } else {
                tours.reschedule(session, text, today, reply);
            }
            return;
        }
        String before = signature(session.facts);
        boolean learned = absorb(session, text, today);
        boolean criteriaChanged = !signature(session.facts).equals(before);

        Optional<OfferedSlot> slot = SlotChoice.pick(text, session.offeredSlots, today);
        if (slot.isPresent() && !criteriaChanged) {
            understood(session);
            chooseSlot(session, slot.get(), reply);
            return;
        }
        Optional<OfferedListing> listing = pickListing(session, text);
        if (listing.isPresent() && !criteriaChanged) {
            understood(session);
            chooseListing(session, listing.get().propertyId, today, reply);
            return;
        }
        if (session.pendingSlotId != null && session.facts.hasContact()) {
            understood(session);
            bookPending(session, reply);
            return;
        }
        Optional<Topic> topic = MessageReader.topic(text);
        if (topic.isPresent()) {
            understood(session);
            reply.say(answer(session, topic.get(), text));
            if (criteriaChanged) {
                reply.say(FactSummary.confirmation(session.facts));
                advance(session, today, true, reply);
            } else if (session.awaiting != null) {
                reply.say(Questions.current(session));
            }
            return;
        }
        if (MessageReader.wantsToApply(text)) {
            understood(session);
            apply(session, null, reply);
            return;
        }
        if (MessageReader.wantsDocs(text)) {
            understood(session);
            requestDocs(session, null, reply);
            return;
        }
        if (MessageReader.wantsFavorite(text)) {
            understood(session);
            favorite(session, Ordinals.find(text, session.offeredListings.size())
                    .map(i -> session.offeredListings.get(i).propertyId).orElse(null), reply);
            return;
        }
        if (learned) {
            understood(session);
            if (criteriaChanged) {
                reply.say(FactSummary.confirmation(session.facts));
            } else {
                reply.say("Thanks" + (session.facts.name != null ? ", " + session.facts.name : "") + ".");
            }
            advance(session, today, criteriaChanged, reply);
            return;
        }
        if (MessageReader.affirms(text)) {
            understood(session);
            advance(session, today, false, reply);
            return;
        }
        Optional<String> known = MessageReader.isQuestion(text) ? knowledge.answer(session.id, text, today)
                : Optional.empty();
        if (known.isPresent()) {
            understood(session);
            reply.say(known.get());
            if (session.awaiting != null) {
                reply.say(Questions.current(session));
            }
            return;
        }
        misunderstood(session, text, reply);
    }

    public void onAction(ConversationSession session, String type, Map<String, Object> payload, LocalDate today,
                         TurnReply reply) {
        understood(session);
        String propertyId = string(payload, "propertyId");
        switch (type) {
            case "choose_listing" -> chooseListing(session, propertyId, today, reply);
            case "choose_slot" -> {
                String slotId = string(payload, "slotId");
                Optional<OfferedSlot> slot = session.offeredSlots.stream()
                        .filter(offered -> offered.slotId.equals(slotId)).findFirst();
                if (slot.isEmpty()) {
                    reply.say("That time isn't one of the options I offered.").say(Questions.current(session));
                } else {
                    chooseSlot(session, slot.get(), reply);
                }
            }
            case "mark_favorite" -> favorite(session, propertyId, reply);
            case "request_docs" -> requestDocs(session, propertyId, reply);
            case "apply" -> apply(session, propertyId, reply);
            case "handoff" -> handOff(session, "the prospect pressed the hand-off button", reply);
            default -> throw new IllegalArgumentException("Unknown action type " + type);
        }
    }

    /** Reads the message's facts into the session; true when anything new was learned. */
    public boolean absorb(ConversationSession session, String text, LocalDate today) {
        Entities found = extractor.extract(text, today);
        if (found.pets() != null && !MessageReader.speaksOfOwnPets(text)) {
            found = new Entities(found.budget(), found.bedrooms(), found.moveDate(), null, found.areas(),
                    found.preferences(), found.name(), found.email(), found.phone());
        }
        if (found.pets() == null && session.awaiting == Awaiting.PETS && BARE_NO.matcher(text).find()) {
            found = new Entities(found.budget(), found.bedrooms(), found.moveDate(), List.of(), found.areas(),
                    found.preferences(), found.name(), found.email(), found.phone());
        }
        if (found.name() == null && session.facts.name == null && session.awaiting == Awaiting.CONTACT) {
            Matcher bareName = BARE_NAME.matcher(text);
            if (bareName.find() && !bareName.group(1).contains("@")) {
                found = new Entities(found.budget(), found.bedrooms(), found.moveDate(), found.pets(), found.areas(),
                        found.preferences(), bareName.group(1), found.email(), found.phone());
            }
        }
        if (found.moveDate() != null && found.moveDate().isBefore(today)) {
            found = new Entities(found.budget(), found.bedrooms(), null, found.pets(), found.areas(),
                    found.preferences(), found.name(), found.email(), found.phone());
        }
        return session.learn(found);
    }

    /** The next step of the conversation, given everything known. */
    private void advance(ConversationSession session, LocalDate today, boolean criteriaChanged, TurnReply reply) {
        LeadFacts facts = session.facts;
        List<String> missing = Questions.missingBasics(facts);
        if (!missing.isEmpty()) {
            session.await(Awaiting.BASICS);
            reply.say(Questions.askBasics(missing));
            return;
        }
        if (facts.moveDate == null) {
            session.await(Awaiting.MOVE_DATE);
            reply.say(Questions.askMoveDate()).quickReplies(List.of("As soon as possible", "Next month"));
            return;
        }
        if (facts.pets == null) {
            session.await(Awaiting.PETS);
            reply.say(Questions.askPets()).quickReplies(List.of("No pets", "A cat", "A dog"));
            return;
        }
        if (criteriaChanged || !signature(facts).equals(session.lastSearchSignature)) {
            presentListings(session, reply);
            return;
        }
        if (session.chosenPropertyId == null) {
            session.await(Awaiting.LISTING);
            reply.say(Questions.current(session));
            return;
        }
        if (session.tour == null && session.offeredSlots.isEmpty()) {
            offerSlots(session, today, "", reply);
            return;
        }
        if (session.tour == null) {
            reply.say(session.facts.hasContact() ? Questions.current(session) : Questions.askContact(facts));
            return;
        }
        reply.say("Your tour of " + session.tour.propertyName + " is on " + session.tour.label + ".")
                .say("Anything else I can help with — questions about the property, or how to apply?");
    }

    public void presentListings(ConversationSession session, TurnReply reply) {
        ListingSearch.Found found;
        try {
            found = listings.find(session.id, session.facts);
        } catch (BookingUnavailable e) {
            reply.say("I can't reach our listings right now. Please try again in a minute, or say \"talk to a "
                    + "person\".");
            return;
        }
        session.searched(signature(session.facts));
        if (found.listings().isEmpty()) {
            session.noListingsFound();
            reply.say("I couldn't find any " + wish(session.facts) + " right now — and nothing close when I relaxed "
                            + "the budget, area or bedrooms either.")
                    .say("Would you like to change the area, budget or bedrooms, or talk to a person?")
                    .quickReplies(List.of("Raise my budget", "Another area", "Talk to a person"));
            return;
        }
        if (found.exact()) {
            reply.say(found.listings().size() == 1 ? "Here's a match:" : "Here are " + found.listings().size()
                    + " matches:");
        } else {
            reply.say("I couldn't find any " + wish(session.facts) + " right now. The nearest options, "
                    + found.relaxation() + ":");
        }
        session.listingsOffered(found.listings().stream().map(GuidedPolicy::offered).toList());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < session.offeredListings.size(); i++) {
            OfferedListing listing = session.offeredListings.get(i);
            lines.append(i == 0 ? "" : " ").append(i + 1).append(". ").append(listing.name).append(" (")
                    .append(listing.area).append(") from ").append(FactSummary.money(listing.rentFrom))
                    .append(listing.petFriendly ? ", pets welcome" : "").append(';');
            reply.card(Cards.listing(listing));
        }
        reply.say(lines.substring(0, lines.length() - 1) + ".").say("Which one would you like to tour?")
                .quickReplies(session.offeredListings.stream().map(l -> "Tour " + l.name).toList());
    }

    public void chooseListing(ConversationSession session, String propertyId, LocalDate today, TurnReply reply) {
        Optional<PropertyDetail> property;
        try {
            property = booking.property(session.id, propertyId);
        } catch (BookingUnavailable e) {
            reply.say("I can't reach our listings right now. Please try again in a minute.");
            return;
        }
        if (property.isEmpty()) {
            reply.say("I couldn't find that property anymore.").say(Questions.current(session));
            return;
        }
        session.propertyChosen(property.get().id(), property.get().name(), property.get().timeZone());
        offerSlots(session, today, "Great choice: " + property.get().name() + ".", reply);
    }

    private void offerSlots(ConversationSession session, LocalDate today, String intro, TurnReply reply) {
        List<OfferedSlot> offered;
        try {
            offered = slots.offer(session.id, session.chosenPropertyId, today, null);
        } catch (BookingUnavailable e) {
            reply.say(intro).say(TourDesk.UNAVAILABLE);
            return;
        }
        if (offered.isEmpty()) {
            session.noSlotsFree();
            reply.say(intro).say("I don't see any free tour times at " + session.chosenPropertyName + " in the next "
                    + "two weeks. Would you like to look at another listing, or talk to a person?");
            return;
        }
        TourDesk.present(session, offered, SlotPurpose.BOOK,
                (intro.isBlank() ? "" : intro + " ") + "The next free tour times are:", reply);
    }

    private void chooseSlot(ConversationSession session, OfferedSlot slot, TurnReply reply) {
        if (session.slotPurpose == SlotPurpose.RESCHEDULE && session.tour != null) {
            tours.rescheduleTo(session, slot, reply);
            return;
        }
        if (!session.facts.hasContact()) {
            session.slotPendingContact(slot.slotId);
            reply.say("Great — " + slot.label + ".").say(Questions.askContact(session.facts));
            return;
        }
        tours.book(session, slot, reply);
    }

    private void bookPending(ConversationSession session, TurnReply reply) {
        Optional<OfferedSlot> slot = session.offeredSlots.stream()
                .filter(offered -> offered.slotId.equals(session.pendingSlotId)).findFirst();
        if (slot.isEmpty()) {
            session.noSlotPending();
            reply.say("Thanks!").say(Questions.current(session));
            return;
        }
        reply.say("Thanks, " + session.facts.name + ".");
        tours.book(session, slot.get(), reply);
    }

    private String answer(ConversationSession session, Topic topic, String question) {
        String propertyId = session.chosenPropertyId != null ? session.chosenPropertyId
                : session.contextPropertyId != null ? session.contextPropertyId
                : session.offeredListings.isEmpty() ? null : session.offeredListings.get(0).propertyId;
        try {
            if (propertyId == null) {
                return PortfolioAnswers.answer(topic, () -> booking.search(session.id, SearchCriteria.ANY),
                        id -> booking.property(session.id, id), question)
                        .orElseGet(() -> PropertyAnswers.answer(topic, null));
            }
            return PropertyAnswers.answer(topic, booking.property(session.id, propertyId).orElse(null), question);
        } catch (BookingUnavailable e) {
            return "I can't look that up right now — please try again in a minute.";
        }
    }

    private void favorite(ConversationSession session, String propertyId, TurnReply reply) {
        String id = propertyId != null ? propertyId : session.chosenPropertyId;
        if (id == null) {
            reply.say("Which listing would you like to save?");
            session.await(Awaiting.LISTING);
            return;
        }
        session.favorite(id);
        reply.say("Saved " + nameOf(session, id) + " to your favorites.")
                .action(new AgentAction(AgentAction.MARK_FAVORITE, id, Map.of(), "mark_favorite:" + id));
    }

    private void requestDocs(ConversationSession session, String propertyId, TurnReply reply) {
        String id = propertyId != null ? propertyId : session.chosenPropertyId;
        reply.say("I've asked our leasing team to send you the floor plans and lease documents"
                        + (id == null ? "" : " for " + nameOf(session, id)) + ".")
                .action(new AgentAction(AgentAction.REQUEST_DOCS, id, Map.of(),
                        "request_docs:" + (id == null ? "any" : id)));
        if (session.facts.email == null) {
            reply.say("What email address should they use?");
        }
    }

    private void apply(ConversationSession session, String propertyId, TurnReply reply) {
        String id = propertyId != null ? propertyId : session.chosenPropertyId;
        if (id == null) {
            reply.say("Happy to help you apply! Which property would you like to apply to?");
            session.await(Awaiting.LISTING);
            return;
        }
        session.reachStage(Stage.APPLYING);
        reply.say("Wonderful! I've let the leasing team know you'd like to apply to " + nameOf(session, id) + ".")
                .say(PropertyAnswers.answer(Topic.APPLICATION, safeProperty(session.id, id).orElse(null)))
                .action(new AgentAction(AgentAction.APPLY_NOW, id, Map.of(), "apply_now:" + id));
    }

    public void handOff(ConversationSession session, String reason, TurnReply reply) {
        session.handOff();
        reply.handOff()
                .say("I'm bringing in a member of our leasing team — they'll reply right here in this chat.")
                .action(AgentAction.handoff(reason, session.turnCount));
    }

    private void misunderstood(ConversationSession session, String text, TurnReply reply) {
        int times = session.misunderstood();
        if (times >= misunderstandingsBeforeHandoff) {
            reply.say("Sorry, I'm having trouble understanding.");
            handOff(session, "the agent did not understand " + times + " times", reply);
            return;
        }
        reply.say(MessageReader.isQuestion(text) ? UNANSWERED_QUESTION : "Sorry, I didn't quite catch that.")
                .say(Questions.current(session));
    }

    private static void understood(ConversationSession session) {
        session.understood();
    }

    private Optional<OfferedListing> pickListing(ConversationSession session, String text) {
        if (session.offeredListings.isEmpty() || !session.offeredSlots.isEmpty() && session.chosenPropertyId != null
                && session.awaiting != Awaiting.LISTING) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Optional<OfferedListing> byName = session.offeredListings.stream()
                .filter(listing -> listing.name != null && lower.contains(listing.name.toLowerCase(Locale.ROOT)))
                .findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        return Ordinals.find(text, session.offeredListings.size()).map(session.offeredListings::get);
    }

    private String nameOf(ConversationSession session, String propertyId) {
        if (propertyId.equals(session.chosenPropertyId) && session.chosenPropertyName != null) {
            return session.chosenPropertyName;
        }
        return session.offeredListings.stream().filter(l -> l.propertyId.equals(propertyId)).map(l -> l.name)
                .findFirst().orElse("that property");
    }

    private Optional<PropertyDetail> safeProperty(ConversationSession session) {
        return safeProperty(session.id, session.contextPropertyId);
    }

    private Optional<PropertyDetail> safeProperty(String sessionId, String propertyId) {
        try {
            return booking.property(sessionId, propertyId);
        } catch (BookingUnavailable e) {
            return Optional.empty();
        }
    }

    public static OfferedListing offered(Listing listing) {
        OfferedListing offered = new OfferedListing();
        offered.propertyId = listing.id();
        offered.name = listing.name();
        offered.area = listing.area();
        offered.rentFrom = listing.minRent();
        offered.bedrooms = listing.bedroomsOffered() == null ? new ArrayList<>()
                : new ArrayList<>(listing.bedroomsOffered());
        offered.petFriendly = listing.petPolicy() != null && listing.petPolicy().allowsAnyPets();
        return offered;
    }

    /** "2-bedroom homes in Katy under $1,900 that take cats" */
    private static String wish(LeadFacts facts) {
        StringBuilder wish = new StringBuilder(facts.bedrooms == null ? "homes"
                : facts.bedrooms == 0 ? "studios" : facts.bedrooms + "-bedroom homes");
        if (!facts.areas.isEmpty()) {
            wish.append(" in ").append(FactSummary.joined(facts.areas, "or"));
        }
        if (facts.budget != null) {
            wish.append(" under ").append(FactSummary.money(facts.budget));
        }
        if (facts.pets != null && !facts.pets.isEmpty()) {
            wish.append(" that take ").append(FactSummary.joined(facts.pets.stream()
                    .map(FactSummary::plural).toList(), "and"));
        }
        return wish.toString();
    }

    /** The search criteria in one string: a change means the offered listings are out of date. */
    static String signature(LeadFacts facts) {
        return facts.areas + "|" + facts.budget + "|" + facts.bedrooms + "|" + facts.moveDate + "|" + facts.pets;
    }

    private static String string(Map<String, Object> payload, String key) {
        Object value = payload == null ? null : payload.get(key);
        return value == null ? null : value.toString();
    }
}
