package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.Listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Answers a question asked before any property is in view ("do you allow dogs?" as the first message) from the
 * listings themselves (the first page of a search without criteria): which communities welcome pets or have a pool,
 * the rents and sizes on offer, the areas. Topics the listings do not describe (parking, fees, office hours) are left
 * to {@link PropertyAnswers}.
 */
final class PortfolioAnswers {

    /** More names than this in one chat message are summed up as "and N more". */
    static final int NAMED = 5;
    private static final String CRITERIA = "Tell me the area, how many bedrooms and your budget, and I'll show you "
            + "the homes that fit.";

    private PortfolioAnswers() {
    }

    /** @param allListings read only for a topic the listings describe */
    static Optional<String> answer(Topic topic, Supplier<List<Listing>> allListings, String question) {
        return switch (topic) {
            case PETS, AMENITIES, RENT, UNIT_SIZES, LOCATION -> {
                List<Listing> listings = allListings.get();
                yield listings.isEmpty() ? Optional.empty() : describe(topic, listings, question);
            }
            default -> Optional.empty();
        };
    }

    private static Optional<String> describe(Topic topic, List<Listing> listings, String question) {
        return switch (topic) {
            case PETS -> Optional.of(pets(listings));
            case AMENITIES -> features(listings, question);
            case RENT -> Optional.of("Our homes rent from " + FactSummary.money(listings.stream()
                    .mapToInt(Listing::minRent).min().orElse(0)) + " to " + FactSummary.money(listings.stream()
                    .mapToInt(Listing::maxRent).max().orElse(0)) + " a month. " + CRITERIA);
            case UNIT_SIZES -> Optional.of(sizes(listings) + " " + CRITERIA);
            case LOCATION -> Optional.of("We have homes in " + FactSummary.joined(areas(listings), "and")
                    + ". Which area would you like to live in?");
            default -> Optional.empty();
        };
    }

    private static String pets(List<Listing> listings) {
        List<String> welcoming = listings.stream()
                .filter(listing -> listing.petPolicy() != null && listing.petPolicy().allowsAnyPets())
                .map(listing -> listing.name() + " (" + FactSummary.joined(listing.petPolicy().allowedSpecies()
                        .stream().map(FactSummary::plural).toList(), "and") + weightLimit(listing) + ")")
                .toList();
        if (welcoming.isEmpty()) {
            return "None of our communities allows pets, I'm sorry.";
        }
        return "These communities welcome pets: " + String.join("; ", named(welcoming)) + ". Tell me about yours "
                + "and I'll only show places that welcome them.";
    }

    private static String weightLimit(Listing listing) {
        Integer limit = listing.petPolicy().maxWeightLbs();
        return limit == null ? "" : ", up to " + limit + " lbs";
    }

    private static Optional<String> features(List<Listing> listings, String question) {
        List<AmenityAnswers.Feature> asked = AmenityAnswers.askedAbout(question);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(asked.stream().map(feature -> {
            List<String> having = listings.stream().filter(listing -> AmenityAnswers.listed(listing.amenities(),
                    feature)).map(Listing::name).toList();
            return having.isEmpty() ? "None of our communities lists " + feature.name() + "."
                    : capitalized(feature.name()) + ": " + FactSummary.joined(named(having), "and") + ".";
        }).collect(Collectors.joining(" ")));
    }

    private static String sizes(List<Listing> listings) {
        List<Integer> bedrooms = listings.stream().filter(listing -> listing.bedroomsOffered() != null)
                .flatMap(listing -> listing.bedroomsOffered().stream()).distinct().sorted().toList();
        List<String> withBedrooms = bedrooms.stream().filter(count -> count > 0).map(String::valueOf).toList();
        String studios = bedrooms.contains(0) ? "studios" : "";
        String homes = withBedrooms.isEmpty() ? "" : FactSummary.joined(withBedrooms, "and") + "-bedroom homes";
        return "We have " + (studios.isEmpty() || homes.isEmpty() ? studios + homes : studios + " and " + homes)
                + ".";
    }

    private static List<String> named(List<String> names) {
        if (names.size() <= NAMED) {
            return names;
        }
        List<String> shown = new ArrayList<>(names.subList(0, NAMED));
        shown.add((names.size() - NAMED) + " more");
        return shown;
    }

    private static List<String> areas(List<Listing> listings) {
        return listings.stream().map(Listing::area).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
