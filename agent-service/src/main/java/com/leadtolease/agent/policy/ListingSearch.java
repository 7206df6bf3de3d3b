package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.SearchCriteria;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.LeadFacts;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds real listings for the prospect's criteria through booking-service. When nothing matches it relaxes one
 * criterion at a time — budget, then area, then bedrooms, then the move-in date — and reports which relaxation found
 * something, so the prospect hears honestly that their exact wish has no match.
 */
@ApplicationScoped
public class ListingSearch {

    private final BookingApi booking;
    private final int maxListings;

    ListingSearch(BookingApi booking, AgentConfig config) {
        this.booking = booking;
        this.maxListings = config.dialog().maxListings();
    }

    /** @param relaxation null when the listings match everything asked for; otherwise what was relaxed, in words */
    public record Found(List<Listing> listings, String relaxation) {
        public boolean exact() {
            return relaxation == null && !listings.isEmpty();
        }
    }

    public Found find(String sessionId, LeadFacts facts) {
        SearchCriteria exact = criteria(facts);
        List<Listing> listings = search(sessionId, exact, facts);
        if (!listings.isEmpty()) {
            return new Found(listings, null);
        }
        for (Map.Entry<String, SearchCriteria> relaxed : relaxations(exact, facts).entrySet()) {
            List<Listing> nearest = search(sessionId, relaxed.getValue(), facts);
            if (!nearest.isEmpty()) {
                return new Found(nearest, relaxed.getKey());
            }
        }
        return new Found(List.of(), "nothing");
    }

    static SearchCriteria criteria(LeadFacts facts) {
        String pets = facts.pets == null || facts.pets.isEmpty() ? null : facts.pets.get(0);
        String area = facts.areas.isEmpty() ? null : facts.areas.get(0);
        return new SearchCriteria(area, facts.budget, facts.bedrooms, null, pets, facts.moveDate);
    }

    private Map<String, SearchCriteria> relaxations(SearchCriteria exact, LeadFacts facts) {
        Map<String, SearchCriteria> relaxed = new LinkedHashMap<>();
        if (exact.maxRent() != null) {
            int stretched = (int) (Math.ceil(exact.maxRent() * 1.15 / 50.0) * 50);
            relaxed.put("if you can stretch your budget to " + FactSummary.money(stretched), exact.withMaxRent(stretched));
        }
        if (exact.area() != null) {
            relaxed.put("outside " + FactSummary.joined(facts.areas, "and") + ", in nearby areas", exact.withArea(null));
        }
        if (exact.bedrooms() != null && exact.bedrooms() > 0) {
            int fewer = exact.bedrooms() - 1;
            relaxed.put("with " + FactSummary.bedrooms(fewer) + " instead", exact.withBedrooms(fewer, null));
        }
        if (exact.availableBy() != null) {
            relaxed.put("if you can move in a little later", exact.withAvailableBy(null));
        }
        return relaxed;
    }

    /** One search per wanted area (booking-service filters one area at a time), cheapest first. */
    private List<Listing> search(String sessionId, SearchCriteria criteria, LeadFacts facts) {
        List<SearchCriteria> searches = new ArrayList<>();
        if (criteria.area() != null && facts.areas.size() > 1) {
            facts.areas.forEach(area -> searches.add(criteria.withArea(area)));
        } else {
            searches.add(criteria);
        }
        Map<String, Listing> found = new LinkedHashMap<>();
        for (SearchCriteria search : searches) {
            for (Listing listing : booking.search(sessionId, search)) {
                if (allowsAllPets(listing, facts)) {
                    found.putIfAbsent(listing.id(), listing);
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Listing::minRent))
                .limit(maxListings)
                .toList();
    }

    /** booking-service filters one species; a prospect with a dog and a cat needs a place that takes both. */
    private static boolean allowsAllPets(Listing listing, LeadFacts facts) {
        if (facts.pets == null || facts.pets.size() < 2) {
            return true;
        }
        return listing.petPolicy() != null && listing.petPolicy().allowedSpecies() != null
                && listing.petPolicy().allowedSpecies().containsAll(facts.pets);
    }
}
