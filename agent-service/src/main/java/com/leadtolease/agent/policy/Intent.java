package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.OfferedSlot;

/** What a prospect's message asks the guided agent to do, with what it names: a slot, a property, a topic. */
record Intent(Kind kind, OfferedSlot slot, String propertyId, Topic topic) {

    enum Kind {
        HAND_OFF, CANCEL, RESCHEDULE, CHOOSE_SLOT, CHOOSE_LISTING, BOOK_PENDING, ASK_TOPIC, APPLY, REQUEST_DOCS,
        FAVORITE, TELL_FACTS, AGREE, OTHER
    }

    static Intent of(Kind kind) {
        return new Intent(kind, null, null, null);
    }

    static Intent slot(OfferedSlot slot) {
        return new Intent(Kind.CHOOSE_SLOT, slot, null, null);
    }

    static Intent listing(String propertyId) {
        return new Intent(Kind.CHOOSE_LISTING, null, propertyId, null);
    }

    static Intent favorite(String propertyId) {
        return new Intent(Kind.FAVORITE, null, propertyId, null);
    }

    static Intent topic(Topic topic) {
        return new Intent(Kind.ASK_TOPIC, null, null, topic);
    }
}
