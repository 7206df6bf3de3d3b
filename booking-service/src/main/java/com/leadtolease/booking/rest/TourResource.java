package com.leadtolease.booking.rest;

import com.leadtolease.booking.domain.TourStatus;
import com.leadtolease.booking.repository.TourFilter;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.booking.service.Page;
import com.leadtolease.booking.service.TourBookingService;
import com.leadtolease.booking.service.TourBookingService.Booking;
import com.leadtolease.booking.service.TourChangeService;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

@Path("/api/tours")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tours")
public class TourResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final TourBookingService booking;
    private final TourChangeService changes;
    private final TourRepository tours;

    TourResource(TourBookingService booking, TourChangeService changes, TourRepository tours) {
        this.booking = booking;
        this.changes = changes;
        this.tours = tours;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.BOOKINGS_WRITE)
    @Operation(summary = "Book a tour slot; retry safely with the same Idempotency-Key",
            description = "Needs bookings:write.")
    @APIResponse(responseCode = "201", description = "Booked")
    @APIResponse(responseCode = "200", description = "Already booked by an earlier request with the same Idempotency-Key")
    @APIResponse(responseCode = "409", description = "Slot taken; extensions.nextFreeSlots lists alternatives")
    @APIResponse(responseCode = "422", description = "Unknown or unbookable property, slot or unit; or Idempotency-Key reused with another body")
    public Response book(
            @Parameter(description = "Any unique string up to 200 visible ASCII characters") @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid BookTourRequest request) {
        if (idempotencyKey != null && !KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, "must be 1 to 200 visible ASCII characters");
        }
        Booking result = booking.book(request.toTourRequest(), idempotencyKey);
        TourView view = TourView.of(result.tour());
        URI location = UriBuilder.fromResource(TourResource.class).path(view.id()).build();
        return (result.created() ? Response.created(location) : Response.ok().location(location)).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Scopes.BOOKINGS_READ)
    @Operation(summary = "One tour", description = "Needs bookings:read.")
    public TourView get(@PathParam("id") String id) {
        return TourView.of(changes.get(id));
    }

    @GET
    @RolesAllowed(Scopes.BOOKINGS_READ)
    @Operation(summary = "Tours by lead email, lead id, property and start time (from inclusive, to exclusive; ISO "
            + "instants or dates), earliest first", description = "Needs bookings:read. Pages of at most "
            + PropertyResource.MAX_PAGE_SIZE + ".")
    public Page<TourView> list(@QueryParam("email") String email, @QueryParam("propertyId") String propertyId,
                               @QueryParam("leadId") String leadId, @QueryParam("from") String from,
                               @QueryParam("to") String to,
                               @QueryParam("page") String page, @QueryParam("size") String size) {
        String normalizedEmail = QueryParams.optionalText("email", email, 254);
        String property = QueryParams.optionalText("propertyId", propertyId, 100);
        String lead = QueryParams.optionalText("leadId", leadId, 128);
        int pageNumber = QueryParams.intOr("page", page, 0, 0, 100_000);
        int pageSize = QueryParams.intOr("size", size, PropertyResource.DEFAULT_PAGE_SIZE, 1, PropertyResource.MAX_PAGE_SIZE);
        String emailKey = normalizedEmail == null ? null : normalizedEmail.toLowerCase(Locale.ROOT);
        TourFilter filter = new TourFilter(emailKey, property, lead, QueryParams.optionalInstant("from", from),
                QueryParams.optionalInstant("to", to));
        return new Page<>(tours.findVisible(filter, pageNumber, pageSize), pageNumber, pageSize,
                tours.countVisible(filter)).map(TourView::of);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.BOOKINGS_WRITE)
    @Operation(summary = "Reschedule ({slotId}) or record the outcome ({status: completed|no_show})",
            description = "Needs bookings:write.")
    @APIResponse(responseCode = "409", description = "Tour not active, not started yet (outcome), or new slot taken (with nextFreeSlots)")
    public TourView update(@PathParam("id") String id, @NotNull @Valid UpdateTourRequest request) {
        boolean reschedule = request.slotId() != null;
        boolean outcome = request.status() != null;
        if (reschedule == outcome) {
            throw ProblemException.badRequest("Send either slotId (to reschedule) or status (completed or no_show), not both and not neither.");
        }
        return TourView.of(reschedule
                ? changes.reschedule(id, request.slotId())
                : changes.recordOutcome(id, TourStatus.valueOf(request.status().toUpperCase(Locale.ROOT))));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Scopes.BOOKINGS_WRITE)
    @Operation(summary = "Cancel a tour; cancelling again is harmless",
            description = "Needs bookings:write.")
    public TourView cancel(@PathParam("id") String id,
                           @Parameter(description = "Why, for the people notified") @QueryParam("reason") String reason) {
        return TourView.of(changes.cancel(id, QueryParams.optionalText("reason", reason, 500)));
    }
}
