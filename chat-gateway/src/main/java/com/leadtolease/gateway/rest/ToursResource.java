package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.gateway.client.BookingCalls;
import com.leadtolease.gateway.client.BookingClient;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
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

    @Inject
    BookingCalls calls;

    @Inject
    @RestClient
    BookingClient booking;

    @POST
    @Operation(summary = "Book a tour",
            description = "Claims the slot atomically. 409 when it is taken, with the next free slots. "
                    + "Send an Idempotency-Key to make retries safe: the same key returns the same tour.")
    public Response book(
            @Parameter(description = "Any unique string per booking attempt; retries with it never book twice")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "book", value = BOOK_EXAMPLE))) JsonNode request) {
        JsonBodies.requireObject(request);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return calls.write(() -> booking.bookTour(null, request));
        }
        return calls.idempotentWrite(() -> booking.bookTour(idempotencyKey, request));
    }

    @GET
    @Operation(summary = "Tours of a prospect or a property")
    public Response list(@QueryParam("email") String email, @QueryParam("propertyId") String propertyId) {
        return calls.read(() -> booking.listTours(email, propertyId));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One tour")
    public Response tour(@PathParam("id") String id) {
        return calls.read(() -> booking.tour(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Reschedule ({\"slotId\": ...}) or record the outcome ({\"status\": \"completed\" | \"no_show\"})")
    public Response change(@PathParam("id") String id, JsonNode change) {
        JsonBodies.requireObject(change);
        return calls.write(() -> booking.changeTour(id, change));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel a tour; the slot is freed. Cancelling twice changes nothing.")
    public Response cancel(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return calls.idempotentWrite(() -> booking.cancelTour(id, reason));
    }
}
