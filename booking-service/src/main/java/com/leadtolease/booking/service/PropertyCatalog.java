package com.leadtolease.booking.service;

import com.leadtolease.booking.domain.ListingCriteria;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Unit;
import com.leadtolease.booking.repository.PropertyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;

@ApplicationScoped
public class PropertyCatalog {

    private final PropertyRepository properties;

    PropertyCatalog(PropertyRepository properties) {
        this.properties = properties;
    }

    /** A property with the units that match the search, cheapest first. Properties without a matching unit are not listed. */
    public record Listing(Property property, List<Unit> matchingUnits) {
        public int minRent() {
            return matchingUnits.get(0).rent;
        }

        public int maxRent() {
            return matchingUnits.stream().mapToInt(unit -> unit.rent).max().orElseThrow();
        }

        public List<Integer> bedroomsOffered() {
            return matchingUnits.stream().map(unit -> unit.bedrooms).distinct().sorted().toList();
        }
    }

    /**
     * Sorting is by a computed value (the lowest matching rent), so matching and paging happen here; a portfolio
     * is hundreds of properties, not millions.
     */
    public Page<Listing> search(ListingCriteria criteria, int page, int size) {
        List<Listing> listings = properties.findCandidates(criteria).stream()
                .filter(criteria::matches)
                .map(property -> new Listing(property, matchingUnits(property, criteria)))
                .filter(listing -> !listing.matchingUnits().isEmpty())
                .sorted(Comparator.comparingInt(Listing::minRent).thenComparing(listing -> listing.property().id))
                .toList();
        List<Listing> pageItems = listings.stream().skip((long) page * size).limit(size).toList();
        return new Page<>(pageItems, page, size, listings.size());
    }

    public Property get(String propertyId) {
        return properties.findByIdOptional(propertyId).orElseThrow(() -> BookingProblems.propertyNotFound(propertyId));
    }

    private static List<Unit> matchingUnits(Property property, ListingCriteria criteria) {
        return property.units.stream()
                .filter(criteria::matches)
                .sorted(Comparator.comparingInt((Unit unit) -> unit.rent).thenComparing(unit -> unit.unitId))
                .toList();
    }
}
