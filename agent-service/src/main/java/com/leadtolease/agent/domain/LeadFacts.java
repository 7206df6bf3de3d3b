package com.leadtolease.agent.domain;

import com.leadtolease.text.entities.Entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** What the prospect told us in this conversation. {@code pets} null = not asked yet, empty = no pets. */
public class LeadFacts {
    public String name;
    public String email;
    public String phone;
    public Integer budget;
    public Integer bedrooms;
    public LocalDate moveDate;
    /** The prospect has no move-in date yet ("whenever", "I'm flexible"): not asked for again. */
    public boolean moveDateOpen;
    public List<String> pets;
    public List<String> areas = new ArrayList<>();
    public List<String> preferences = new ArrayList<>();

    /** Takes what a message says; newer values win, lists are united. Returns true when anything changed. */
    public boolean absorb(Entities found) {
        boolean changed = false;
        if (found.name() != null && !found.name().equals(name)) {
            name = found.name();
            changed = true;
        }
        if (found.email() != null && !found.email().equalsIgnoreCase(email == null ? "" : email)) {
            email = found.email().trim();
            changed = true;
        }
        if (found.phone() != null && !found.phone().equals(phone)) {
            phone = found.phone().trim();
            changed = true;
        }
        if (found.budget() != null && !found.budget().equals(budget)) {
            budget = found.budget();
            changed = true;
        }
        if (found.bedrooms() != null && !found.bedrooms().equals(bedrooms)) {
            bedrooms = found.bedrooms();
            changed = true;
        }
        if (found.moveDate() != null && !found.moveDate().equals(moveDate)) {
            moveDate = found.moveDate();
            changed = true;
        }
        if (found.pets() != null) {
            List<String> merged = found.pets().isEmpty() ? List.of() : union(pets, found.pets());
            if (!merged.equals(pets)) {
                pets = new ArrayList<>(merged);
                changed = true;
            }
        }
        if (!found.areas().isEmpty() && !found.areas().equals(areas)) {
            // A newly named area replaces the old ones: "actually, Cypress" moves the search.
            areas = new ArrayList<>(found.areas());
            changed = true;
        }
        List<String> prefs = union(preferences, found.preferences());
        if (!prefs.equals(preferences)) {
            preferences = new ArrayList<>(prefs);
            changed = true;
        }
        return changed;
    }

    /** What a lead already on file says, for a conversation that starts with it. */
    public static LeadFacts of(Lead lead) {
        LeadFacts facts = new LeadFacts();
        facts.name = lead.name;
        facts.email = lead.email;
        facts.phone = lead.phone;
        facts.budget = lead.budget;
        facts.bedrooms = lead.bedrooms;
        facts.moveDate = lead.moveDate;
        facts.pets = lead.pets;
        facts.areas = new ArrayList<>(lead.areas);
        facts.preferences = new ArrayList<>(lead.preferences);
        return facts;
    }

    public LeadFacts copy() {
        LeadFacts copy = new LeadFacts();
        copy.name = name;
        copy.email = email;
        copy.phone = phone;
        copy.budget = budget;
        copy.bedrooms = bedrooms;
        copy.moveDate = moveDate;
        copy.moveDateOpen = moveDateOpen;
        copy.pets = pets == null ? null : new ArrayList<>(pets);
        copy.areas = new ArrayList<>(areas);
        copy.preferences = new ArrayList<>(preferences);
        return copy;
    }

    /** The booking system refused the phone number: it is asked for again. */
    void forgetPhone() {
        phone = null;
    }

    /** The booking system refused the email address: it is asked for again. */
    void forgetEmail() {
        email = null;
    }

    public boolean hasContact() {
        return name != null && email != null && phone != null;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        if (a != null) {
            all.addAll(a);
        }
        if (b != null) {
            all.addAll(b);
        }
        return new ArrayList<>(all);
    }
}
