package com.leadtolease.booking.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Money amounts are whole US dollars. An empty species list means no pets. */
public class PetPolicy {
    public List<String> allowedSpecies = new ArrayList<>();
    public Integer maxWeightLbs;
    public Integer petDeposit;
    public Integer monthlyPetRent;
    public String notes;
    /** Pets per home; null when the policy sets no number. */
    public Integer maxPets;
    /** Dog breeds not accepted; empty when there are none. */
    public List<String> restrictedBreeds = new ArrayList<>();
    /** One-time, non-refundable, on top of the refundable deposit. */
    public Integer petFee;

    public boolean allowsAnyPets() {
        return allowedSpecies != null && !allowedSpecies.isEmpty();
    }

    public boolean allows(String species) {
        return allowsAnyPets() && allowedSpecies.contains(species.toLowerCase(Locale.ROOT));
    }
}
