package com.leadtolease.agent.llm;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.domain.OfferedListing;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.policy.FactSummary;
import com.leadtolease.agent.policy.Questions;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread summary given to the model: the facts known about the lead and where the conversation stands. Contact
 * details are reported as known or missing, never sent to the model.
 */
public final class LeadBrief {

    private LeadBrief() {
    }

    public static String of(ConversationSession session) {
        LeadFacts facts = session.facts;
        List<String> lines = new ArrayList<>();
        String wish = FactSummary.confirmation(facts);
        lines.add("- Looking for: " + (wish.isBlank() ? "not told yet" : wish.substring("Got it: ".length())));
        if (!facts.preferences.isEmpty()) {
            lines.add("- Preferences: " + String.join(", ", facts.preferences));
        }
        lines.add("- Name: " + (facts.name == null ? "unknown" : facts.name));
        List<String> missingContact = Questions.missingContact(facts);
        lines.add("- Contact details: " + (missingContact.isEmpty() ? "complete (name, email, phone)"
                : "missing " + String.join(", ", missingContact)));
        lines.add("- Stage: " + session.stage);
        if (!session.offeredListings.isEmpty()) {
            StringBuilder listings = new StringBuilder("- Listings shown:");
            for (OfferedListing listing : session.offeredListings) {
                listings.append(" ").append(listing.name).append(" (propertyId=").append(listing.propertyId)
                        .append(", from ").append(FactSummary.money(listing.rentFrom)).append(");");
            }
            lines.add(listings.toString());
        }
        if (session.chosenPropertyId != null) {
            lines.add("- Chosen property: " + session.chosenPropertyName + " (propertyId=" + session.chosenPropertyId
                    + ")");
        }
        if (!session.offeredSlots.isEmpty()) {
            StringBuilder slots = new StringBuilder("- Slots offered earlier (ids for book_tour; check availability "
                    + "again before naming times):");
            for (int i = 0; i < session.offeredSlots.size(); i++) {
                OfferedSlot slot = session.offeredSlots.get(i);
                slots.append(" ").append(i + 1).append(". slotId=").append(slot.slotId).append(';');
            }
            lines.add(slots.toString());
        }
        if (session.tour != null) {
            lines.add("- Booked tour: " + session.tour.propertyName + " on " + session.tour.label + " (tourId="
                    + session.tour.tourId + ")");
        }
        if (session.handedOff) {
            lines.add("- A person from the leasing team has been asked to join.");
        }
        return String.join("\n", lines);
    }
}
