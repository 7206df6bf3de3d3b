package com.leadtolease.agent.guardrail;

import java.util.List;

/** The neutral answers given when a guardrail triggers. */
public final class GuardrailReplies {

    private GuardrailReplies() {
    }

    /** Whether a group may rent here is answered plainly: yes, every home is open to everyone. */
    public static String reply(GuardrailHit hit) {
        return FairHousingRules.RENTING_TO_A_GROUP.equals(hit.rule()) ? EQUAL_HOUSING : reply(hit.kind());
    }

    static final String EQUAL_HOUSING = "Yes. Every home we list is open to everyone: we are an equal housing "
            + "opportunity provider and never treat anyone differently because of race, color, religion, national "
            + "origin, sex, familial status or disability. Everyone applies the same way, with the same criteria. "
            + "I'm glad to help you find a home by area, budget, size or amenities.";

    public static String reply(GuardrailKind kind) {
        return switch (kind) {
            case FAIR_HOUSING -> "I can't describe or recommend places by who lives there — that includes race, color, "
                    + "religion, national origin, sex, familial status, disability and source of income — and every "
                    + "home we list is open to everyone. I'm glad to compare places on objective things: commute, "
                    + "price, size, pet policy and amenities. What matters most to you?";
            case ACCOMMODATION -> "Thanks for asking — that's an important question. Requests for reasonable "
                    + "accommodations, assistance animals and questions about vouchers or sources of income are "
                    + "answered personally by our leasing team, so you get an accurate answer for your situation. "
                    + "I've asked a team member to follow up with you here. In the meantime I'm happy to keep helping "
                    + "with listings and tours.";
            case PROMPT_INJECTION -> "I can't do that. I can only help with your own apartment search: listings, "
                    + "availability, tours and questions about our properties.";
        };
    }

    public static List<String> quickReplies(GuardrailKind kind) {
        return switch (kind) {
            case FAIR_HOUSING -> List.of("Commute", "Price", "Amenities");
            case ACCOMMODATION -> List.of("Show listings", "Talk to a person");
            case PROMPT_INJECTION -> List.of("Show listings", "Book a tour");
        };
    }
}
