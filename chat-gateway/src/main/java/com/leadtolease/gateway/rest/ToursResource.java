package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.auth.Callers;
import com.leadtolease.gateway.auth.GatewayIdentity;
import com.leadtolease.gateway.client.BookingClient;
import com.leadtolease.gateway.client.ForwardedResponse;
import com.leadtolease.gateway.service.RateLimiter;
import com.leadtolease.gateway.service.TourTokens;
import com.leadtolease.platform.client.BookingCalls;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.platform.security.SignedTokens;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@Path("/api/tours")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tours", description = "Book, reschedule and cancel property tours")
public class ToursResource {

    private static final String BOOK_EXAMPLE = """
            {"propertyId": "katy-grand-oaks", "slotId": "katy-grand-oaks-202612011000", "tourType": "in_person",
             "lead": {"name": "Ana Lopez", "email": "ana@example.com", "phone": "713-555-0100"}}""";

    /** The header that carries a tour's own token (answered when it was booked) on its reads and changes. */
    public static final String TOUR_TOKEN = "X-Tour-Token";

    @Inject
    BookingCalls calls;

    @Inject
    @RestClient
    BookingClient booking;

    @Inject
    Callers callers;

    @Inject
    TourTokens tourTokens;

    @Inject
    GatewayIdentity identity;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ObjectMapper json;

    @POST
    @PermitAll // prospects book from the search page without an account: limited per address, answered the
    // tour's own token; integrations holding bookings:write are limited per client instead
    @Operation(summary = "Book a tour",
            description = "Claims the slot atomically. 409 when it is taken, with the next free slots. "
                    + "Send an Idempotency-Key to make retries safe: the same key returns the same tour. The answer "
                    + "carries manageToken: send it in X-Tour-Token to read, reschedule or cancel this tour. "
                    + "Bookings are limited per client address (429), or per client for a bearer token holding "
                    + "bookings:write.")
    public Response book(
            @Parameter(description = "Any unique string per booking attempt; retries with it never book twice")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest http,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "book", value = BOOK_EXAMPLE))) JsonNode request)
            throws JsonProcessingException {
        JsonBodies.requireObject(request);
        Optional<JsonWebToken> integration = callers.bearer(authorization)
                .filter(token -> token.getGroups().contains(Scopes.BOOKINGS_WRITE));
        if (integration.isPresent()) {
            rateLimiter.clientTourBooking(integration.get().getSubject());
        } else {
            rateLimiter.addressTourBooking(http.remoteAddress().hostAddress());
        }
        String upstream = integration.isPresent() ? authorization : identity.authorization();
        Response booked = idempotencyKey == null || idempotencyKey.isBlank()
                ? calls.write(() -> booking.bookTour(upstream, null, request), ForwardedResponse::of)
                : calls.idempotentWrite(() -> booking.bookTour(upstream, idempotencyKey, request), ForwardedResponse::of);
        return withManageToken(booked);
    }

    /** Adds the tour's own token to a booking answer (201, or 200 for a replayed Idempotency-Key). */
    private Response withManageToken(Response booked) throws JsonProcessingException {
        if (booked.getStatus() / 100 != 2 || !(booked.getEntity() instanceof String body)) {
            return booked;
        }
        JsonNode tour = json.readTree(body);
        if (!(tour instanceof ObjectNode object) || !tour.path("id").isTextual()) {
            return booked;
        }
        SignedTokens.IssuedToken token = tourTokens.issue(tour.path("id").asText());
        object.put("manageToken", token.token()).put("manageTokenExpiresAt", token.expiresAt().toString());
        return Response.fromResponse(booked).entity(json.writeValueAsString(object)).build();
    }

    @GET
    @RolesAllowed(Scopes.BOOKINGS_READ)
    @Operation(summary = "Tours of a prospect (email or leadId) or a property, optionally starting from/to (ISO "
            + "instants or dates; from inclusive, to exclusive), earliest first, in pages of at most 100")
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @QueryParam("email") String email, @QueryParam("propertyId") String propertyId,
                         @QueryParam("leadId") String leadId, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        return calls.read(() -> booking.listTours(authorization, email, propertyId, leadId, from, to, page, size),
                ForwardedResponse::of);
    }

    @GET
    @Path("/{id}")
    @PermitAll // ownership checked below: the tour's own token, or bookings:read
    @Operation(summary = "One tour (its own X-Tour-Token, or a bearer token with bookings:read)")
    public Response tour(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(TOUR_TOKEN) String tourToken) {
        String upstream = requireOwnerOr(Scopes.BOOKINGS_READ, id, authorization, tourToken);
        return calls.read(() -> booking.tour(upstream, id), ForwardedResponse::of);
    }

    @PATCH
    @Path("/{id}")
    @PermitAll // ownership checked below: the tour's own token, or bookings:write
    @Operation(summary = "Reschedule ({\"slotId\": ...}) or record the outcome ({\"status\": \"completed\" | \"no_show\"})",
            description = "Needs the tour's own X-Tour-Token or a bearer token with bookings:write; recording an "
                    + "outcome needs bookings:write.")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(TOUR_TOKEN) String tourToken, JsonNode change) {
        String upstream = requireOwnerOr(Scopes.BOOKINGS_WRITE, id, authorization, tourToken);
        JsonBodies.requireObject(change);
        if (change.has("status") && !callers.holds(authorization, Scopes.BOOKINGS_WRITE)) {
            throw ProblemException.forbidden("Only the leasing team (bookings:write) records a tour's outcome.");
        }
        return calls.write(() -> booking.changeTour(upstream, id, change), ForwardedResponse::of);
    }

    @DELETE
    @Path("/{id}")
    @PermitAll // ownership checked below: the tour's own token, or bookings:write
    @Operation(summary = "Cancel a tour; the slot is freed. Cancelling twice changes nothing.",
            description = "Needs the tour's own X-Tour-Token or a bearer token with bookings:write.")
    public Response cancel(@PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam(TOUR_TOKEN) String tourToken, @QueryParam("reason") String reason) {
        String upstream = requireOwnerOr(Scopes.BOOKINGS_WRITE, id, authorization, tourToken);
        if (reason != null && reason.length() > 500) {
            throw ProblemException.invalidField("reason", "must be at most 500 characters");
        }
        return calls.idempotentWrite(() -> booking.cancelTour(upstream, id, reason), ForwardedResponse::of);
    }

    /**
     * Lets in the tour's owner or a caller holding {@code scope}; answers the credentials booking-service gets: the
     * gateway's own token for an owner (who has none of ours), else the caller's.
     */
    private String requireOwnerOr(String scope, String tourId, String authorization, String tourToken) {
        callers.requireOwnerOrScope(authorization, scope, tourToken, token -> tourTokens.refusal(token, tourId),
                TOUR_TOKEN);
        return tourToken != null && !tourToken.isBlank() ? identity.authorization() : authorization;
    }
}
