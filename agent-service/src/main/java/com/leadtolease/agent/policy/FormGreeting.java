package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.LeadFacts;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The first words to a lead who came in by a web form: "Hi Ana, thanks for your interest in a 2-bedroom at Maple Court
 * around $1,900 from June 1 — with your cat." — what the form told us, so the prospect sees we read it.
 */
final class FormGreeting {

    private static final DateTimeFormatter MOVE_DATE = DateTimeFormatter.ofPattern("MMMM d", Locale.US);

    private FormGreeting() {
    }

    static String of(LeadFacts facts, String propertyName) {
        StringBuilder text = new StringBuilder("Hi ").append(firstName(facts.name))
                .append(", thanks for your interest in ").append(home(facts.bedrooms));
        if (propertyName != null) {
            text.append(" at ").append(propertyName);
        } else if (!facts.areas.isEmpty()) {
            text.append(" in ").append(FactSummary.joined(facts.areas, "or"));
        }
        if (facts.budget != null) {
            text.append(" around ").append(FactSummary.money(facts.budget));
        }
        if (facts.moveDate != null) {
            text.append(" from ").append(MOVE_DATE.format(facts.moveDate));
        }
        if (facts.pets != null && !facts.pets.isEmpty()) {
            text.append(" — with your ").append(FactSummary.joined(facts.pets.stream().map(FormGreeting::pet)
                    .toList(), "and"));
        }
        return text.append('.').toString();
    }

    private static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return "there";
        }
        return name.trim().split("\\s+")[0];
    }

    private static String home(Integer bedrooms) {
        if (bedrooms == null) {
            return "a home";
        }
        return bedrooms == 0 ? "a studio" : "a " + bedrooms + "-bedroom";
    }

    private static String pet(String species) {
        return "small_animal".equals(species) ? "small animal" : species;
    }
}
