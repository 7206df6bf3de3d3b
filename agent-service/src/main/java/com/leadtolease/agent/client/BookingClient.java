package com.leadtolease.agent.client;

import com.leadtolease.platform.client.ListingReads;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/**
 * booking-service's API, as far as the agent uses it. Answers stay raw: {@link BookingApi} reads them. Who may call:
 * the listing reads inherited from {@link ListingReads} are public (@PermitAll on booking-service). The tour calls
 * carry the agent's own service token ({@link ServiceTokenHeaders}, subject {@code client:agent-service}) and need
 * {@code Scopes.BOOKINGS_WRITE} there; ownership is the agent's: it books, moves and cancels only the tour of the
 * conversation it is in ({@code ConversationSession.tour}), and booking-service checks the scope again.
 */
@RegisterRestClient(configKey = "booking")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface BookingClient extends ListingReads {

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
