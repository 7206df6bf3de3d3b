package com.leadtolease.notification.rest;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.domain.DeliveryStatus;
import com.leadtolease.notification.repository.DeliveryQuery;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The delivery log: every email and webhook sent (or being retried, or failed) for a booking event or agent action. */
@Path("/api/notifications/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications", description = "Delivery log of tour emails and outbound webhooks (tours, agent actions)")
public class DeliveryResource {

    private final DeliveryRepository repository;

    public DeliveryResource(DeliveryRepository repository) {
        this.repository = repository;
    }

    @GET
    @RolesAllowed(Scopes.CONSOLE)
    @Operation(summary = "List deliveries, newest first",
            description = "Every filter is optional. Needs console (deliveries name leads' e-mails and hook URLs).")
    public DeliveryPage list(
            @QueryParam("tourId") String tourId,
            @QueryParam("sessionId") @Parameter(description = "conversation of forwarded agent actions") String sessionId,
            @QueryParam("status") @Parameter(description = "pending, delivered or failed") String status,
            @QueryParam("channel") @Parameter(description = "email or webhook") String channel,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        DeliveryQuery query = new DeliveryQuery(Optional.ofNullable(tourId).filter(t -> !t.isBlank()),
                Optional.ofNullable(sessionId).filter(s -> !s.isBlank()), parseStatus(status), parseChannel(channel));
        var items = repository.search(query, page, size).stream().map(DeliveryView::of).toList();
        return new DeliveryPage(items, page, size, repository.count(query));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Scopes.CONSOLE)
    @Operation(summary = "One delivery", description = "Needs console.")
    public DeliveryView get(@PathParam("id") String id) {
        return repository.findByIdOptional(id).map(DeliveryView::of)
                .orElseThrow(() -> ProblemException.notFound("No delivery with id " + id + "."));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Scopes.ADMIN)
    @Operation(summary = "Try a failed delivery again",
            description = "Resets a failed delivery to pending with a fresh attempt budget; the dispatcher sends it "
                    + "within a poll interval. Replaying the same event on bookings.events or agent.actions does not "
                    + "resend (deliveries are idempotent), this does. Needs admin.")
    public Response retry(@PathParam("id") String id) {
        var reset = repository.resetFailed(id, Instant.now());
        if (reset.isPresent()) {
            return Response.accepted(DeliveryView.of(reset.get())).build();
        }
        var existing = repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No delivery with id " + id + "."));
        throw ProblemException.conflict("Delivery " + id + " is " + existing.status
                + "; only failed deliveries can be retried.", Map.of("status", existing.status));
    }

    private static Optional<DeliveryStatus> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(DeliveryStatus.fromValue(status).orElseThrow(() -> ProblemException.invalidField("status",
                "must be one of " + Arrays.stream(DeliveryStatus.values()).map(DeliveryStatus::value)
                        .collect(Collectors.joining(", ")))));
    }

    private static Optional<DeliveryChannel> parseChannel(String channel) {
        if (channel == null || channel.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(DeliveryChannel.fromValue(channel).orElseThrow(() -> ProblemException.invalidField("channel",
                "must be one of " + Arrays.stream(DeliveryChannel.values()).map(DeliveryChannel::value)
                        .collect(Collectors.joining(", ")))));
    }
}
