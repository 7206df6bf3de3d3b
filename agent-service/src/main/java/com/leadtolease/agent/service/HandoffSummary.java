package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.policy.FactSummary;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The line at the top of a conversation in the console, so staff never ask again: "Ana, 2 bd in Katy ≤ $1,900, cat,
 * moving June 1, tour Thu 3:30 PM at Cinco Ranch Commons; asked for a person". Built from the session's facts, tour
 * and hand-off reason only; what is not known is left out.
 */
public final class HandoffSummary {

    private static final DateTimeFormatter MOVE_DATE = DateTimeFormatter.ofPattern("MMMM d", Locale.US);

    private HandoffSummary() {
    }

    public static String of(ConversationSession session) {
        LeadFacts facts = session.facts;
        List<String> parts = new ArrayList<>();
        String first = firstName(facts.name);
        parts.add(first != null ? first : "Prospect");
        String home = home(facts);
        if (!home.isEmpty()) {
            parts.add(home);
        }
        if (facts.pets != null) {
            parts.add(facts.pets.isEmpty() ? "no pets"
                    : String.join(" and ", facts.pets.stream().map(p -> p.replace('_', ' ')).toList()));
        }
        if (facts.moveDate != null) {
            parts.add("moving " + MOVE_DATE.format(facts.moveDate));
        }
        if (session.tour != null) {
            parts.add("tour " + session.tour.label + " at " + session.tour.propertyName);
        } else if (session.chosenPropertyName != null) {
            parts.add("looking at " + session.chosenPropertyName);
        }
        String summary = String.join(", ", parts);
        return session.handedOff && session.handoffReason != null
                ? summary + "; " + reason(session.handoffReason) : summary;
    }

    /** The first word of the name the prospect gave, or null. */
    public static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+")[0];
    }

    /** The booked tour's property, else the one the prospect chose, else the one whose site the chat started on. */
    static String property(ConversationSession session) {
        if (session.tour != null) {
            return session.tour.propertyName;
        }
        return session.chosenPropertyName;
    }

    private static String home(LeadFacts facts) {
        StringBuilder home = new StringBuilder();
        if (facts.bedrooms != null) {
            home.append(facts.bedrooms == 0 ? "studio" : facts.bedrooms + " bd");
        }
        if (facts.areas != null && !facts.areas.isEmpty()) {
            home.append(home.isEmpty() ? "" : " ").append("in ").append(String.join(" or ", facts.areas));
        }
        if (facts.budget != null) {
            home.append(home.isEmpty() ? "" : " ").append("≤ ").append(FactSummary.money(facts.budget));
        }
        return home.toString();
    }

    /** "the prospect asked for a person" reads "asked for a person" after the prospect's name. */
    private static String reason(String reason) {
        return reason.startsWith("the prospect ") ? reason.substring("the prospect ".length()) : reason;
    }
}
