package com.leadtolease.agent.guardrail;

import java.util.List;

/** The neutral answers given when a guardrail triggers. */
public final class GuardrailReplies {

    private GuardrailReplies() {
    }

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
