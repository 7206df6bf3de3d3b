package com.leadtolease.platform.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * booking-service's listing reads (search, detail, availability), relative to its {@code /api}: declared once for the
 * REST clients of chat-gateway and agent-service, whose {@code BookingClient} extends this and adds its own tour calls.
 * Who may call: anyone; booking-service serves these routes @PermitAll (listings are what the website shows anyone).
 * Answers stay raw: each service reads them its own way.
 */
public interface ListingReads {

    @GET
    @Path("/properties")
    Response searchProperties(@QueryParam("maxRent") Integer maxRent,
                              @QueryParam("bedrooms") Integer bedrooms,
                              @QueryParam("minBedrooms") Integer minBedrooms,
                              @QueryParam("area") String area,
                              @QueryParam("pets") String pets,
                              @QueryParam("availableBy") String availableBy,
                              @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size);

    @GET
    @Path("/properties/{id}")
    Response property(@PathParam("id") String id);

    @GET
    @Path("/properties/{id}/availability")
    Response availability(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to);
}
