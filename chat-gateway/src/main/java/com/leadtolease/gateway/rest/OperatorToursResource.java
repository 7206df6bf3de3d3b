package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.auth.GatewayIdentity;
import com.leadtolease.gateway.client.BookingClient;
import com.leadtolease.gateway.client.ForwardedResponse;
import com.leadtolease.platform.client.BookingCalls;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.platform.security.StaffNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tours as the console shows them (scope {@code console}, the whole company), and their outcome. booking-service
 * wants {@code bookings:write} for an outcome, which an operator's token does not hold: the gateway asks with its own
 * identity and answers the operator's name (from the token) as {@code recordedBy}. The lead's email and phone stay
 * out of the list: marking a tour needs the name and the time only.
 */
@Path("/api/operator/tours")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.CONSOLE)
@Tag(name = "operator", description = "For leasing staff signed in with the console scope")
public class OperatorToursResource {

    private static final Logger LOG = Logger.getLogger(OperatorToursResource.class);
    private static final Set<String> OUTCOMES = Set.of("completed", "no_show");

    @Inject
    BookingCalls calls;

    @Inject
    @RestClient
    BookingClient booking;

    @Inject
    GatewayIdentity identity;

    @Inject
    JsonWebToken operator;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "Tours starting from/to (ISO instants or dates; from inclusive, to exclusive), optionally of "
            + "one property, earliest first, in pages of at most 100; the lead's name only, no email or phone")
    public Response tours(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("propertyId") String propertyId, @QueryParam("page") String page,
                          @QueryParam("size") String size) throws JsonProcessingException {
        FunnelResource.limit("from", from, 40);
        FunnelResource.limit("to", to, 40);
        FunnelResource.limit("propertyId", propertyId, 100);
        FunnelResource.limit("page", page, 6);
        FunnelResource.limit("size", size, 3);
        Response answer = calls.read(() -> booking.listTours(identity.authorization(), null, propertyId, null, from,
                to, page, size), ForwardedResponse::of);
        if (answer.getStatus() != 200 || !(answer.getEntity() instanceof String body)) {
            return answer;
        }
        JsonNode tours = json.readTree(body);
        for (JsonNode tour : tours.path("items")) {
            if (tour.path("lead") instanceof ObjectNode lead) {
                lead.remove(List.of("email", "phone"));
            }
        }
        return Response.fromResponse(answer).entity(json.writeValueAsString(tours)).build();
    }

    @POST
    @Path("/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record how a tour that has started went: {\"status\": \"completed\" | \"no_show\"}",
            description = "Answers the tour with recordedBy (the signed-in operator's name). Recording the same "
                    + "outcome again changes nothing; 409 for a tour not started yet or no longer scheduled. "
                    + "booking-service publishes TOUR_COMPLETED / TOUR_NO_SHOW.")
    public Response outcome(@PathParam("id") String id, JsonNode body) throws JsonProcessingException {
        JsonBodies.requireObject(body);
        FunnelResource.limit("id", id, 128);
        String status = body.path("status").asText("");
        if (!OUTCOMES.contains(status)) {
            throw ProblemException.invalidField("status", "must be completed or no_show");
        }
        Response answer = calls.idempotentWrite(() -> booking.changeTour(identity.authorization(), id,
                json.valueToTree(Map.of("status", status))), ForwardedResponse::of);
        if (answer.getStatus() != 200 || !(answer.getEntity() instanceof String tourBody)
                || !(json.readTree(tourBody) instanceof ObjectNode tour)) {
            return answer;
        }
        // Who marked it is in the answer (and the audit log), not here: staff names stay out of logs.
        LOG.infof("Tour %s marked %s from the console", id, status);
        tour.put("recordedBy", StaffNames.of(operator));
        return Response.fromResponse(answer).entity(json.writeValueAsString(tour)).build();
    }
}
