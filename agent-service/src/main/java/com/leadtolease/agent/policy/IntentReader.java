package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.Awaiting;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.OfferedListing;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.policy.Intent.Kind;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a message asks for, first match wins. A request for a person, a cancellation or a move of the booked
 * tour is read before the message's facts are taken; everything else after, knowing what they changed: a message
 * that changes the search criteria is not a choice among the listings or slots offered for the old ones.
 */
final class IntentReader {

    private IntentReader() {
    }

    static Optional<Intent> beforeFacts(ConversationSession session, String text) {
        if (MessageReader.wantsHuman(text)) {
            return Optional.of(Intent.of(Kind.HAND_OFF));
        }
        if (MessageReader.wantsCancel(text)) {
            return Optional.of(Intent.of(Kind.CANCEL));
        }
        if (session.tour != null && MessageReader.wantsReschedule(text)) {
            return Optional.of(Intent.of(Kind.RESCHEDULE));
        }
        if (session.tour == null && session.offeredSlots.isEmpty() && session.chosenPropertyId != null
                && (MessageReader.wantsAnotherTime(text) || MessageReader.wantsTourTime(text))) {
            // A tour was just cancelled ("Pick another time"), or a web form's lead was welcomed with its property
            // ("Pick a tour time"): that property's free times.
            return Optional.of(Intent.listing(session.chosenPropertyId));
        }
        return Optional.empty();
    }

    static Intent afterFacts(ConversationSession session, String text, LocalDate today, Dialog.Learned learned) {
        if (!learned.criteriaChanged()) {
            Optional<OfferedSlot> slot = SlotChoice.pick(text, session.offeredSlots, today);
            if (slot.isPresent()) {
                return Intent.slot(slot.get());
            }
            Optional<OfferedListing> listing = pickListing(session, text);
            if (listing.isPresent()) {
                return Intent.listing(listing.get().propertyId);
            }
        }
        if (session.pendingSlotId != null && session.facts.hasContact()) {
            return Intent.of(Kind.BOOK_PENDING);
        }
        Optional<Topic> topic = MessageReader.topic(text);
        if (topic.isPresent()) {
            return Intent.topic(topic.get());
        }
        if (MessageReader.wantsToApply(text)) {
            return Intent.of(Kind.APPLY);
        }
        if (MessageReader.wantsDocs(text)) {
            return Intent.of(Kind.REQUEST_DOCS);
        }
        if (MessageReader.wantsFavorite(text)) {
            return Intent.favorite(Ordinals.find(text, session.offeredListings.size())
                    .map(i -> session.offeredListings.get(i).propertyId).orElse(null));
        }
        if (learned.anything()) {
            return Intent.of(Kind.TELL_FACTS);
        }
        return Intent.of(MessageReader.affirms(text) ? Kind.AGREE : Kind.OTHER);
    }

    /** A listing named or numbered, while the listings are what the conversation is about. */
    private static Optional<OfferedListing> pickListing(ConversationSession session, String text) {
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
}
