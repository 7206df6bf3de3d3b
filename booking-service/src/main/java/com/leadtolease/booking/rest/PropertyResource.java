package com.leadtolease.booking.rest;

import com.leadtolease.booking.domain.ListingCriteria;
import com.leadtolease.booking.service.AvailabilityService;
import com.leadtolease.booking.service.Page;
import com.leadtolease.booking.service.PropertyCatalog;
import com.leadtolease.contracts.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;
import java.util.regex.Pattern;

@Path("/api/properties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "properties")
public class PropertyResource {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    private static final Pattern SPECIES = Pattern.compile("[a-z]{2,20}");

    private final PropertyCatalog catalog;
    private final AvailabilityService availability;

    PropertyResource(PropertyCatalog catalog, AvailabilityService availability) {
        this.catalog = catalog;
        this.availability = availability;
    }

    @GET
    @PermitAll // listings are public: the web chat and search page look before a prospect says who they are
    @Operation(summary = "Search listings; only units matching every filter count",
            description = "Public: no token needed.")
    public Page<PropertySummaryView> search(
            @Parameter(description = "Highest monthly rent in dollars") @QueryParam("maxRent") String maxRent,
            @Parameter(description = "Exact bedroom count, 0 = studio") @QueryParam("bedrooms") String bedrooms,
            @Parameter(description = "At least this many bedrooms") @QueryParam("minBedrooms") String minBedrooms,
            @Parameter(description = "Neighborhood, case-insensitive, part of the name is enough") @QueryParam("area") String area,
            @Parameter(description = "A species such as dog or cat, or true for any pets allowed") @QueryParam("pets") String pets,
            @Parameter(description = "yyyy-MM-dd: a matching unit is available on or before this date") @QueryParam("availableBy") String availableBy,
            @Parameter(description = "0-based page") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100, default 20") @QueryParam("size") String size) {
        Integer exactBedrooms = QueryParams.optionalInt("bedrooms", bedrooms, 0, 10);
        Integer leastBedrooms = QueryParams.optionalInt("minBedrooms", minBedrooms, 0, 10);
        if (exactBedrooms != null && leastBedrooms != null) {
            throw ProblemException.invalidField("minBedrooms", "give either bedrooms (exact) or minBedrooms, not both");
        }
        ListingCriteria criteria = new ListingCriteria(
                QueryParams.optionalText("area", area, 80),
                petRequirement(pets),
                QueryParams.optionalInt("maxRent", maxRent, 0, 1_000_000),
                exactBedrooms,
                leastBedrooms,
                QueryParams.optionalDate("availableBy", availableBy));
        return catalog.search(criteria,
                        QueryParams.intOr("page", page, 0, 0, 100_000),
                        QueryParams.intOr("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE))
                .map(PropertySummaryView::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll // public listing data, as in the search
    @Operation(summary = "Everything about one property, including all units and office hours",
            description = "Public: no token needed.")
    public PropertyDetailView get(@PathParam("id") String id) {
        return PropertyDetailView.of(catalog.get(id));
    }

    @GET
    @Path("/{id}/availability")
    @PermitAll // free slot times are public so prospects can pick one; they name no lead
    @Operation(summary = "Free future tour slots between two local dates (inclusive), times in the property's offset",
            description = "Public: no token needed.")
    public AvailabilityView availability(
            @PathParam("id") String id,
            @Parameter(description = "yyyy-MM-dd, default today in the property's time zone") @QueryParam("from") String from,
            @Parameter(description = "yyyy-MM-dd, default from + 7 days; at most 31 days after from") @QueryParam("to") String to) {
        return AvailabilityView.of(availability.between(id,
                QueryParams.optionalDate("from", from), QueryParams.optionalDate("to", to)));
    }

    private static String petRequirement(String pets) {
        if (pets == null || pets.isBlank() || pets.equalsIgnoreCase("false")) {
            return null;
        }
        String value = pets.trim().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("any")) {
            return ListingCriteria.ANY_PET;
        }
        if (!SPECIES.matcher(value).matches()) {
            throw ProblemException.invalidField("pets", "must be a species such as dog or cat, or true for any pets");
        }
        return value;
    }
}
