package com.leadtolease.agent.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** booking-service's API, as far as the agent uses it. Answers stay raw: {@link BookingApi} reads them. */
@RegisterRestClient(configKey = "booking")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BookingClient {

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

    @POST
    @Path("/tours")
    Response bookTour(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> request);

    @PATCH
    @Path("/tours/{id}")
    Response changeTour(@PathParam("id") String id, Map<String, Object> change);

    @DELETE
    @Path("/tours/{id}")
    Response cancelTour(@PathParam("id") String id, @QueryParam("reason") String reason);
}
