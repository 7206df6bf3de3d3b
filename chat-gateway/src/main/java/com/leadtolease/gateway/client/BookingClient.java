package com.leadtolease.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.platform.client.ListingReads;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * booking-service's API. Bodies stay JSON trees: the gateway forwards them and owns no booking model. Who may call:
 * property search, detail and availability are public on both sides (@PermitAll: listings are what the website
 * shows anyone). Tour calls carry the caller's token ({@code Scopes.BOOKINGS_READ} to read, {@code
 * Scopes.BOOKINGS_WRITE} to book, move or cancel), or the gateway's own ({@code GatewayIdentity}) when it acts for a
 * prospect who proved ownership of the tour with its manage token or of the conversation with its chat token;
 * booking-service checks the scope again.
 */
@RegisterRestClient(configKey = "booking")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BookingClient extends ListingReads {

    @POST
    @Path("/tours")
    Response bookTour(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                      @HeaderParam("Idempotency-Key") String idempotencyKey,
                      JsonNode request);

    @GET
    @Path("/tours")
    Response listTours(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @QueryParam("email") String email, @QueryParam("propertyId") String propertyId,
                       @QueryParam("leadId") String leadId, @QueryParam("from") String from,
                       @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size);

    @GET
    @Path("/tours/{id}")
    Response tour(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                  @PathParam("id") String id);

    @PATCH
    @Path("/tours/{id}")
    Response changeTour(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @PathParam("id") String id, JsonNode change);

    @DELETE
    @Path("/tours/{id}")
    Response cancelTour(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @PathParam("id") String id, @QueryParam("reason") String reason);
}
