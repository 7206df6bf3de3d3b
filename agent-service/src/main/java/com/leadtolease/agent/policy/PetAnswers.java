package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.BookingViews.PetPolicy;
import com.leadtolease.text.entities.PetQuestion;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pet questions answered by the constraint they set (PetQuestion): a weight ("dogs over 50 pounds"), a number of
 * pets or a breed is checked against each policy, so only the communities that take that pet are named, or it is said
 * plainly that none does and which comes closest.
 */
final class PetAnswers {

    private PetAnswers() {
    }

    /** One property: yes or no to the constraint first, then the whole policy. */
    static String forProperty(String name, PetPolicy policy, String question) {
        if (policy == null || !policy.allowsAnyPets()) {
            return name + " does not allow pets.";
        }
        PetQuestion asked = PetQuestion.read(question == null ? "" : question);
        String verdict = asked.species() != null && !policy.allowedSpecies().contains(asked.species())
                ? "No, " + name + " doesn't accept " + FactSummary.plural(asked.species()) + ". "
                : verdict(name, policy, asked);
        return verdict + summary(name, policy);
    }

    private static String verdict(String name, PetPolicy policy, PetQuestion asked) {
        StringBuilder verdict = new StringBuilder();
        Integer needed = asked.weightNeeded();
        Integer limit = limitFor(policy, asked.species());
        if (needed != null) {
            String pet = weighing(asked);
            verdict.append(limit == null ? "Yes, " + name + " sets no weight limit" + (asked.species() == null ? ""
                    : " for " + FactSummary.plural(asked.species())) + ". "
                    : limit >= needed ? "Yes, " + pet + " is fine at " + name + ": the limit is " + limit + " lbs per pet. "
                    : "No, " + pet + " is over the limit at " + name + ": pets may weigh up to " + limit + " lbs. ");
        }
        if (asked.count() != null && policy.maxPets() != null) {
            verdict.append(asked.count() <= policy.maxPets()
                    ? "Yes, " + asked.count() + " pets are fine: up to " + policy.maxPets() + " per home. "
                    : "No, " + name + " allows up to " + policy.maxPets() + " pets per home. ");
        }
        if (asked.breed() != null) {
            verdict.append(restricts(policy, asked.breed())
                    ? "No, " + name + " doesn't accept " + asked.breed() + "s: it's one of the restricted breeds. "
                    : "Yes, " + asked.breed() + "s are welcome at " + name + (policy.restrictedBreedsOrEmpty().isEmpty()
                    ? ", which has no breed restrictions. " : ": it isn't on the restricted list. "));
        }
        return verdict.toString();
    }

    private static String summary(String name, PetPolicy policy) {
        StringBuilder answer = new StringBuilder(name).append(" welcomes ")
                .append(FactSummary.joined(policy.allowedSpecies().stream().map(FactSummary::plural).toList(), "and"));
        if (policy.maxWeightLbs() != null) {
            answer.append(" up to ").append(policy.maxWeightLbs()).append(" lbs");
        }
        if (policy.maxPets() != null) {
            answer.append(", ").append(policy.maxPets()).append(policy.maxPets() == 1 ? " pet" : " pets")
                    .append(" per home");
        }
        answer.append('.');
        if (policy.petDeposit() != null) {
            answer.append(" Pet deposit: ").append(FactSummary.money(policy.petDeposit())).append('.');
        }
        if (policy.petFee() != null) {
            answer.append(" One-time pet fee: ").append(FactSummary.money(policy.petFee())).append('.');
        }
        if (policy.monthlyPetRent() != null) {
            answer.append(" Pet rent: ").append(FactSummary.money(policy.monthlyPetRent())).append(" a month.");
        }
        if (policy.allowedSpecies().contains("dog")) {
            answer.append(policy.restrictedBreeds() == null ? ""
                    : policy.restrictedBreeds().isEmpty() ? " No breed restrictions."
                    : " Restricted breeds: " + String.join(", ", policy.restrictedBreeds()) + ".");
        }
        if (policy.notes() != null && !policy.notes().isBlank()) {
            answer.append(' ').append(policy.notes().strip());
        }
        return answer.toString();
    }

    /**
     * Across the listings: with a constraint, the communities that meet it (largest limit first) or a plain "none";
     * without one, every community that welcomes pets.
     */
    static String forPortfolio(List<Listing> listings, String question) {
        PetQuestion asked = PetQuestion.read(question == null ? "" : question);
        if (!asked.asksAnything()) {
            return everyWelcoming(listings, asked.species());
        }
        List<Listing> taking = listings.stream().filter(listing -> takes(listing.petPolicy(), asked))
                .sorted(Comparator.comparing((Listing listing) -> limitOrMax(listing.petPolicy(), asked.species()))
                        .reversed())
                .toList();
        String pet = description(asked);
        if (taking.isEmpty()) {
            return "None of our communities takes " + pet + "." + closest(listings, asked)
                    + " The leasing team can talk it through: say \"talk to a person\".";
        }
        // Every one is named: the prospect asked which, and a constraint keeps the list short enough.
        return "These communities take " + pet + ": " + String.join("; ", taking.stream()
                .map(listing -> listing.name() + " (" + terms(listing.petPolicy(), asked) + ")").toList())
                + ". Tell me which one interests you and I'll share its full pet policy.";
    }

    private static String everyWelcoming(List<Listing> listings, String species) {
        List<String> welcoming = listings.stream()
                .filter(listing -> listing.petPolicy() != null && listing.petPolicy().allowsAnyPets()
                        && (species == null || listing.petPolicy().allowedSpecies().contains(species)))
                .map(listing -> listing.name() + " (" + FactSummary.joined(listing.petPolicy().allowedSpecies()
                        .stream().map(FactSummary::plural).toList(), "and") + weightLimit(listing.petPolicy()) + ")")
                .toList();
        if (welcoming.isEmpty()) {
            return species == null ? "None of our communities allows pets, I'm sorry."
                    : "None of our communities accepts " + FactSummary.plural(species) + ", I'm sorry.";
        }
        String welcomed = species == null ? "pets" : FactSummary.plural(species);
        if (welcoming.size() > PortfolioAnswers.NAMED && welcoming.size() == listings.size()) {
            return "All " + listings.size() + " of our communities welcome " + welcomed + ". Tell me about yours and "
                    + "I'll share a community's limits, deposit and pet rent.";
        }
        return "These communities welcome " + welcomed + ": "
                + String.join("; ", PortfolioAnswers.named(welcoming)) + ". Tell me about yours and I'll only show "
                + "places that welcome them.";
    }

    private static boolean takes(PetPolicy policy, PetQuestion asked) {
        if (policy == null || !policy.allowsAnyPets()
                || asked.species() != null && !policy.allowedSpecies().contains(asked.species())) {
            return false;
        }
        Integer limit = limitFor(policy, asked.species());
        return (asked.weightNeeded() == null || limit == null || limit >= asked.weightNeeded())
                && (asked.count() == null || policy.maxPets() == null || policy.maxPets() >= asked.count())
                && (asked.breed() == null || !restricts(policy, asked.breed()));
    }

    /** The weight limit that applies to the species; a cats-only policy has no dog limit to speak of. */
    private static Integer limitFor(PetPolicy policy, String species) {
        return "cat".equals(species) && policy.notes() != null
                && policy.notes().toLowerCase(Locale.ROOT).contains("no weight limit for cats") ? null
                : policy.maxWeightLbs();
    }

    private static int limitOrMax(PetPolicy policy, String species) {
        Integer limit = limitFor(policy, species);
        return limit == null ? Integer.MAX_VALUE : limit;
    }

    private static boolean restricts(PetPolicy policy, String breed) {
        return policy.restrictedBreedsOrEmpty().stream().anyMatch(restricted -> restricted.equalsIgnoreCase(breed));
    }

    private static String terms(PetPolicy policy, PetQuestion asked) {
        Integer limit = limitFor(policy, asked.species());
        String weight = limit == null ? "no weight limit" : "up to " + limit + " lbs";
        return asked.count() != null && policy.maxPets() != null ? weight + ", " + policy.maxPets() + " pets per home"
                : asked.breed() != null ? weight + (policy.restrictedBreedsOrEmpty().isEmpty()
                ? ", no breed restrictions" : "") : weight;
    }

    /** Where nothing meets the constraint: the largest limit or pet count, and where. */
    private static String closest(List<Listing> listings, PetQuestion asked) {
        List<Listing> welcoming = listings.stream().filter(listing -> listing.petPolicy() != null
                && listing.petPolicy().allowsAnyPets() && (asked.species() == null
                || listing.petPolicy().allowedSpecies().contains(asked.species()))).toList();
        if (asked.weightNeeded() != null) {
            Optional<Listing> largest = welcoming.stream().filter(l -> limitFor(l.petPolicy(), asked.species()) != null)
                    .max(Comparator.comparingInt(l -> limitFor(l.petPolicy(), asked.species())));
            return largest.map(l -> " The largest weight limit is " + l.petPolicy().maxWeightLbs() + " lbs at "
                    + l.name() + ".").orElse("");
        }
        if (asked.count() != null) {
            return welcoming.stream().filter(l -> l.petPolicy().maxPets() != null)
                    .max(Comparator.comparingInt(l -> l.petPolicy().maxPets()))
                    .map(l -> " The most we allow is " + l.petPolicy().maxPets() + " pets per home, at " + l.name()
                            + ".").orElse("");
        }
        return "";
    }

    private static String description(PetQuestion asked) {
        String species = asked.species() == null ? "pet" : asked.species();
        if (asked.breed() != null) {
            return "a " + asked.breed();
        }
        if (asked.weightLbs() != null) {
            return weighing(asked);
        }
        return asked.count() + " " + FactSummary.plural(species);
    }

    /** "a dog over 50 lbs", "a 70 lb dog" */
    private static String weighing(PetQuestion asked) {
        String species = asked.species() == null ? "pet" : asked.species();
        return asked.heavierThan() ? "a " + species + " over " + asked.weightLbs() + " lbs"
                : "a " + asked.weightLbs() + " lb " + species;
    }

    private static String weightLimit(PetPolicy policy) {
        return policy.maxWeightLbs() == null ? "" : ", up to " + policy.maxWeightLbs() + " lbs";
    }
}
