package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.LeadFacts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Got it: 2 bedrooms in Katy under $1,900, moving June 1, with a cat." — what we understood, said back. */
public final class FactSummary {

    private static final DateTimeFormatter MOVE_DATE = DateTimeFormatter.ofPattern("MMMM d", Locale.US);

    private FactSummary() {
    }

    public static String confirmation(LeadFacts facts) {
        StringBuilder home = new StringBuilder();
        if (facts.bedrooms != null) {
            home.append(bedrooms(facts.bedrooms));
        }
        if (!facts.areas.isEmpty()) {
            home.append(home.isEmpty() ? "a place" : "").append(" in ").append(joined(facts.areas, "or"));
        }
        if (facts.budget != null) {
            home.append(home.isEmpty() ? "a place" : "").append(" under ").append(money(facts.budget));
        }
        List<String> parts = new ArrayList<>();
        if (!home.isEmpty()) {
            parts.add(home.toString());
        }
        if (facts.moveDate != null) {
            parts.add("moving " + MOVE_DATE.format(facts.moveDate));
        }
        if (facts.pets != null) {
            parts.add(facts.pets.isEmpty() ? "no pets" : "with " + joined(facts.pets.stream().map(FactSummary::aPet)
                    .toList(), "and"));
        }
        return parts.isEmpty() ? "" : "Got it: " + String.join(", ", parts) + ".";
    }

    public static String bedrooms(int count) {
        return count == 0 ? "a studio" : count + (count == 1 ? " bedroom" : " bedrooms");
    }

    public static String money(int dollars) {
        return String.format(Locale.US, "$%,d", dollars);
    }

    static String aPet(String species) {
        return switch (species) {
            case "small_animal" -> "a small animal";
            case "fish" -> "fish";
            default -> "a " + species;
        };
    }

    /** "cats", "fish", "small animals" */
    public static String plural(String species) {
        return switch (species) {
            case "fish" -> "fish";
            case "small_animal" -> "small animals";
            default -> species + "s";
        };
    }

    static String joined(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " " + items.get(items.size() - 1);
    }
}
