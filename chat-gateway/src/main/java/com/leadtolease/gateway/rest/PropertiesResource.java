package com.leadtolease.gateway.rest;

import com.leadtolease.gateway.client.BookingClient;
import com.leadtolease.gateway.client.ForwardedResponse;
import com.leadtolease.platform.client.BookingCalls;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/properties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "listings", description = "Properties, units and tour availability")
@PermitAll // listings and free slots are public: prospects search before they say who they are
public class PropertiesResource {

    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Inject
    BookingCalls calls;

    @Inject
    @RestClient
    BookingClient booking;

    @GET
    @Operation(summary = "Search listings", description = "Properties with at least one unit matching every filter, cheapest first.")
    public Response search(
            @Parameter(description = "Highest monthly rent in USD") @QueryParam("maxRent") @Min(0) Integer maxRent,
            @Parameter(description = "Exact bedroom count (0 = studio)") @QueryParam("bedrooms") @Min(0) @Max(10) Integer bedrooms,
            @Parameter(description = "At least this many bedrooms") @QueryParam("minBedrooms") @Min(0) @Max(10) Integer minBedrooms,
            @Parameter(description = "Neighborhood, e.g. Katy or the Heights") @QueryParam("area") String area,
            @Parameter(description = "A species such as dog or cat, or true for any pets") @QueryParam("pets") String pets,
            @Parameter(description = "A unit must be available on or before this date (yyyy-MM-dd)")
            @QueryParam("availableBy") @Pattern(regexp = DATE, message = "must be a date like 2026-06-01") String availableBy,
            @QueryParam("page") @Min(0) Integer page,
            @QueryParam("size") @Min(1) @Max(100) Integer size) {
        return calls.read(() -> booking.searchProperties(maxRent, bedrooms, minBedrooms, area, pets, availableBy, page,
                size), ForwardedResponse::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Property detail with its units, fees, pet policy and amenities")
    public Response property(@PathParam("id") String id) {
        return calls.read(() -> booking.property(id), ForwardedResponse::of);
    }

    @GET
    @Path("/{id}/availability")
    @Operation(summary = "Free tour slots", description = "Times are shown with the property's UTC offset.")
    public Response availability(@PathParam("id") String id,
                                 @QueryParam("from") @Pattern(regexp = DATE, message = "must be a date like 2026-06-01") String from,
                                 @QueryParam("to") @Pattern(regexp = DATE, message = "must be a date like 2026-06-01") String to) {
        return calls.read(() -> booking.availability(id, from, to), ForwardedResponse::of);
    }
}
