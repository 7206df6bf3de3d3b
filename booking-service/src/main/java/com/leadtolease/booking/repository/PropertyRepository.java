package com.leadtolease.booking.repository;

import com.leadtolease.booking.domain.ListingCriteria;
import com.leadtolease.booking.domain.Property;
import com.mongodb.client.model.Filters;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

@ApplicationScoped
public class PropertyRepository implements PanacheMongoRepositoryBase<Property, String> {

    /**
     * Properties that may match: Mongo narrows the set with the same criteria, {@link ListingCriteria} in Java
     * stays the authority (it also picks the matching units).
     */
    public List<Property> findCandidates(ListingCriteria criteria) {
        List<Bson> filters = new ArrayList<>();
        if (criteria.area() != null) {
            filters.add(Filters.regex("neighborhood", Pattern.compile(Pattern.quote(criteria.area()), Pattern.CASE_INSENSITIVE)));
        }
        if (ListingCriteria.ANY_PET.equals(criteria.petSpecies())) {
            filters.add(Filters.exists("petPolicy.allowedSpecies.0"));
        } else if (criteria.petSpecies() != null) {
            filters.add(Filters.eq("petPolicy.allowedSpecies", criteria.petSpecies()));
        }
        List<Bson> unitFilters = new ArrayList<>();
        if (criteria.maxRent() != null) {
            unitFilters.add(Filters.lte("rent", criteria.maxRent()));
        }
        if (criteria.bedrooms() != null) {
            unitFilters.add(Filters.eq("bedrooms", criteria.bedrooms()));
        }
        if (criteria.minBedrooms() != null) {
            unitFilters.add(Filters.gte("bedrooms", criteria.minBedrooms()));
        }
        if (!unitFilters.isEmpty()) {
            filters.add(Filters.elemMatch("units", Filters.and(unitFilters)));
        }
        Bson query = filters.isEmpty() ? new Document() : Filters.and(filters);
        return mongoCollection().find(query).into(new ArrayList<>());
    }
}
