package com.leadtolease.text.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a message says about a prospect. Every field is null when not mentioned, except {@code areas} and
 * {@code preferences} (empty) and {@code pets}: null when not mentioned, empty for an explicit "no pets".
 *
 * @param budget   the most the prospect will pay per month, in dollars
 * @param bedrooms bedrooms wanted; 0 is a studio
 * @param pets     canonical species: dog, cat, bird, fish, rabbit, reptile, small_animal
 * @param areas    canonical area names from the gazetteer
 * @param email    as written (raw personal data: do not store unencrypted)
 * @param phone    as written (raw personal data: do not store unencrypted)
 */
public record Entities(Integer budget, Integer bedrooms, LocalDate moveDate, List<String> pets, List<String> areas,
                       List<String> preferences, String name, String email, String phone) {

    public static final Entities NONE = new Entities(null, null, null, null, List.of(), List.of(), null, null, null);

    public Entities {
        pets = pets == null ? null : List.copyOf(pets);
        areas = areas == null ? List.of() : List.copyOf(areas);
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
    }

    /**
     * Aggregates a thread or lead: the newer message's values win where it has them, lists are united (this one's
     * items first). Pets stay null only when neither mentioned them.
     */
    public Entities merge(Entities newer) {
        return new Entities(
                newer.budget != null ? newer.budget : budget,
                newer.bedrooms != null ? newer.bedrooms : bedrooms,
                newer.moveDate != null ? newer.moveDate : moveDate,
                pets == null && newer.pets == null ? null : union(pets, newer.pets),
                union(areas, newer.areas),
                union(preferences, newer.preferences),
                newer.name != null ? newer.name : name,
                newer.email != null ? newer.email : email,
                newer.phone != null ? newer.phone : phone);
    }

    private static List<String> union(List<String> older, List<String> newer) {
        LinkedHashSet<String> items = new LinkedHashSet<>();
        if (older != null) {
            items.addAll(older);
        }
        if (newer != null) {
            items.addAll(newer);
        }
        return new ArrayList<>(items);
    }
}
