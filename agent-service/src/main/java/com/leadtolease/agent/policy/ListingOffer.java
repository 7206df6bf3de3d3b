package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingUnavailable;
import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.domain.OfferedListing;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.domain.SlotPurpose;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Searches real listings for what the prospect wants, takes their choice of one, and offers its free tour times. */
@ApplicationScoped
public class ListingOffer {

    private final ListingSearch listings;
    private final SlotFinder slots;
    private final BookingApi booking;

    ListingOffer(ListingSearch listings, SlotFinder slots, BookingApi booking) {
        this.listings = listings;
        this.slots = slots;
        this.booking = booking;
    }

    public void search(ConversationSession session, TurnReply reply) {
        ListingSearch.Found found;
        try {
            found = listings.find(session.id, session.facts);
        } catch (BookingUnavailable e) {
            reply.say("I can't reach our listings right now. Please try again in a minute, or say \"talk to a "
                    + "person\".");
            return;
        }
        session.searched(criteria(session.facts));
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
        session.listingsOffered(found.listings().stream().map(ListingOffer::offered).toList());
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

    public void choose(ConversationSession session, String propertyId, LocalDate today, TurnReply reply) {
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

    public void offerSlots(ConversationSession session, LocalDate today, String intro, TurnReply reply) {
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

    /** The search criteria in one string: a change means the offered listings are out of date. */
    static String criteria(LeadFacts facts) {
        return facts.areas + "|" + facts.budget + "|" + facts.bedrooms + "|" + facts.moveDate + "|" + facts.pets;
    }

    static OfferedListing offered(Listing listing) {
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
}
