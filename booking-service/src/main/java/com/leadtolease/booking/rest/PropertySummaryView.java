package com.leadtolease.booking.rest;

import com.leadtolease.booking.domain.Address;
import com.leadtolease.booking.domain.PetPolicy;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.Unit;
import com.leadtolease.booking.service.PropertyCatalog.Listing;

import java.util.List;

/** One search hit; rents and bedrooms describe only the units that matched the search. */
public record PropertySummaryView(String id, String name, String area, Address address, int minRent, int maxRent,
                                  List<Integer> bedroomsOffered, List<Unit> matchingUnits, PetPolicy petPolicy,
                                  List<String> amenities, List<String> photos) {

    static PropertySummaryView of(Listing listing) {
        Property property = listing.property();
        return new PropertySummaryView(property.id, property.name, property.neighborhood, property.address,
                listing.minRent(), listing.maxRent(), listing.bedroomsOffered(), listing.matchingUnits(),
                property.petPolicy, property.amenities, property.photos);
    }
}
