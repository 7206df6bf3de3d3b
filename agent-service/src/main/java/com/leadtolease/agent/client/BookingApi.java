package com.leadtolease.agent.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.agent.repository.AuditTrail;
import com.leadtolease.platform.client.BookingCalls;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agent's tools against booking-service: typed answers, every call audited (operation, status, duration).
 * Connection failures and 5xx that outlive the retries become {@link BookingUnavailable}.
 */
@ApplicationScoped
public class BookingApi {

    private static final int SEARCH_PAGE_SIZE = 20;

    private final BookingClient client;
    private final BookingCalls calls;
    private final ObjectMapper json;
    private final AuditTrail audit;
    private final PropertyCache properties;

    BookingApi(@RestClient BookingClient client, BookingCalls calls, ObjectMapper json, AuditTrail audit,
               PropertyCache properties) {
        this.client = client;
        this.calls = calls;
        this.json = json;
        this.audit = audit;
        this.properties = properties;
    }

    public List<BookingViews.Listing> search(String sessionId, SearchCriteria c) {
        String detail = "area=" + c.area() + " maxRent=" + c.maxRent() + " bedrooms=" + c.bedrooms()
                + " minBedrooms=" + c.minBedrooms() + " pets=" + c.pets() + " availableBy=" + c.availableBy();
        Upstream answer = call(sessionId, "booking.search_listings", detail, () -> calls.read(() ->
                client.searchProperties(c.maxRent(), c.bedrooms(), c.minBedrooms(), c.area(), c.pets(),
                        date(c.availableBy()), 0, SEARCH_PAGE_SIZE), Upstream::of));
        return answer.ok() ? read(answer, BookingViews.ListingPage.class).itemsOrEmpty() : List.of();
    }

    /** Served from {@link PropertyCache} when it was read recently; only a real call is audited. */
    public Optional<BookingViews.PropertyDetail> property(String sessionId, String propertyId) {
        Optional<BookingViews.PropertyDetail> cached = properties.get(propertyId);
        if (cached.isPresent()) {
            return cached;
        }
        Upstream answer = call(sessionId, "booking.get_property", "propertyId=" + propertyId,
                () -> calls.read(() -> client.property(propertyId), Upstream::of));
        if (!answer.ok()) {
            return Optional.empty();
        }
        BookingViews.PropertyDetail detail = read(answer, BookingViews.PropertyDetail.class);
        properties.put(propertyId, detail);
        return Optional.of(detail);
    }

    public Optional<BookingViews.Availability> availability(String sessionId, String propertyId, LocalDate from,
                                                            LocalDate to) {
        Upstream answer = call(sessionId, "booking.check_availability",
                "propertyId=" + propertyId + " from=" + from + " to=" + to,
                () -> calls.read(() -> client.availability(propertyId, date(from), date(to)), Upstream::of));
        return answer.ok() ? Optional.of(read(answer, BookingViews.Availability.class)) : Optional.empty();
    }

    public TourOutcome book(String sessionId, String idempotencyKey, TourBooking booking) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("propertyId", booking.propertyId());
        body.put("slotId", booking.slotId());
        body.put("tourType", "in_person");
        body.put("lead", Map.of("name", booking.name(), "email", booking.email(), "phone", booking.phone()));
        if (booking.leadId() != null) {
            body.put("leadId", booking.leadId());
        }
        body.put("sessionId", sessionId);
        Upstream answer = call(sessionId, "booking.book_tour",
                "propertyId=" + booking.propertyId() + " slotId=" + booking.slotId() + " idempotencyKey=" + idempotencyKey,
                () -> calls.idempotentWrite(() -> client.bookTour(idempotencyKey, body), Upstream::of));
        return outcome(answer);
    }

    public TourOutcome reschedule(String sessionId, String tourId, String slotId) {
        Upstream answer = call(sessionId, "booking.reschedule_tour", "tourId=" + tourId + " slotId=" + slotId,
                () -> calls.write(() -> client.changeTour(tourId, Map.of("slotId", slotId)), Upstream::of));
        return outcome(answer);
    }

    public TourOutcome cancel(String sessionId, String tourId, String reason) {
        Upstream answer = call(sessionId, "booking.cancel_tour", "tourId=" + tourId,
                () -> calls.idempotentWrite(() -> client.cancelTour(tourId, reason), Upstream::of));
        return outcome(answer);
    }

    private TourOutcome outcome(Upstream answer) {
        if (answer.ok()) {
            return new TourOutcome(answer.status(), read(answer, BookingViews.Tour.class), List.of(), null);
        }
        if (answer.status() == 409) {
            BookingViews.SlotTaken taken = read(answer, BookingViews.SlotTaken.class);
            return new TourOutcome(409, null, taken.slotsOrEmpty(), taken.detail());
        }
        String detail = answer.body().isBlank() ? null : read(answer, BookingViews.ProblemBody.class).detail();
        return new TourOutcome(answer.status(), null, List.of(), detail);
    }

    private Upstream call(String sessionId, String operation, String detail, Supplier<Upstream> call) {
        long started = System.nanoTime();
        try {
            Upstream answer = call.get();
            audit.toolCall(sessionId, operation, detail, Integer.toString(answer.status()), elapsedMs(started));
            return answer;
        } catch (RuntimeException e) {
            audit.toolCall(sessionId, operation, detail, "unavailable: " + e.getClass().getSimpleName(),
                    elapsedMs(started));
            throw new BookingUnavailable(operation, e);
        }
    }

    private <T> T read(Upstream answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (JsonProcessingException e) {
            throw new BookingUnavailable("reading " + type.getSimpleName(), e);
        }
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
