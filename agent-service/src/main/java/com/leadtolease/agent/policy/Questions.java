package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;

import java.util.ArrayList;
import java.util.List;

/** What to ask next, asking only for what is still missing. */
public final class Questions {

    private Questions() {
    }

    /** Area, bedrooms and budget, in the words of a question; empty when all are known. */
    public static List<String> missingBasics(LeadFacts facts) {
        List<String> missing = new ArrayList<>();
        if (facts.areas.isEmpty()) {
            missing.add("which area you'd like to live in");
        }
        if (facts.bedrooms == null) {
            missing.add("how many bedrooms you need");
        }
        if (facts.budget == null) {
            missing.add("your monthly budget");
        }
        return missing;
    }

    public static String askBasics(List<String> missing) {
        return "Could you tell me " + FactSummary.joined(missing, "and") + "?";
    }

    public static String askMoveDate() {
        return "When would you like to move in?";
    }

    public static String askMoveDateAndPets() {
        return "When would you like to move in, and will any pets be moving with you?";
    }

    public static String askPets() {
        return "Will any pets be moving with you?";
    }

    public static List<String> missingContact(LeadFacts facts) {
        List<String> missing = new ArrayList<>();
        if (facts.name == null) {
            missing.add("your name");
        }
        if (facts.email == null) {
            missing.add("email");
        }
        if (facts.phone == null) {
            missing.add("phone number");
        }
        return missing;
    }

    public static String askContact(LeadFacts facts) {
        return "To book it I need " + FactSummary.joined(missingContact(facts), "and") + ".";
    }

    /** The question the conversation is waiting on, repeated after a message we could not read. */
    public static String current(ConversationSession session) {
        if (session.awaiting == null) {
            return anythingElse();
        }
        return switch (session.awaiting) {
            case BASICS -> missingBasics(session.facts).isEmpty() ? anythingElse()
                    : askBasics(missingBasics(session.facts));
            case MOVE_DATE -> askMoveDate() + " For example \"June 1\" or \"next month\".";
            case PETS -> askPets() + " For example \"a cat\" or \"no pets\".";
            case MOVE_DATE_AND_PETS -> askMoveDateAndPets() + " For example \"June 1, no pets\" or \"next month, "
                    + "with a cat\".";
            case LISTING -> "Which listing would you like to tour? You can say \"the first one\" or tap a card.";
            case SLOT -> "Which time works? You can say \"the second one\" or \"Thursday at 3:30\", or tap a card.";
            case CONTACT -> askContact(session.facts);
        };
    }

    static String anythingElse() {
        return "I can find listings, answer questions about pets, parking, fees and amenities, and book, move or "
                + "cancel tours — or say \"talk to a person\".";
    }
}
