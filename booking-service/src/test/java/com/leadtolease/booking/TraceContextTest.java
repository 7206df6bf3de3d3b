package com.leadtolease.booking;

import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TourSlot;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.outbox.TraceHeaders;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A booking made in a caller's trace publishes TourScheduled in that trace: the request's traceparent is stored with
 * the outbox entry and the record the relay sends later carries the same trace id (a new span of it).
 */
@QuarkusTest
class TraceContextTest {

    private static final String CALLER_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLER_SPAN = "b7ad6b7169203331";
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]");

    @Inject
    Fixtures fixtures;

    @Test
    void theTourScheduledRecordContinuesTheTraceOfTheBookingRequest() {
        Property property = fixtures.property();
        TourSlot slot = fixtures.slotInDays(property, 3, 11);
        PublishedEvents.start();

        String tourId = given().header("Authorization", TestTokens.bearer(Scopes.BOOKINGS_WRITE))
                .header(TraceHeaders.TRACEPARENT, "00-" + CALLER_TRACE + "-" + CALLER_SPAN + "-01")
                .contentType(ContentType.JSON).body(Fixtures.booking(slot, Fixtures.email()))
                .when().post("/api/tours")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> scheduled = PublishedEvents.awaitEvents(tourId,
                EventTypes.TOUR_SCHEDULED, 1);
        List<String> traceparents = new ArrayList<>();
        scheduled.get(0).headers().headers(TraceHeaders.TRACEPARENT)
                .forEach(header -> traceparents.add(new String(header.value(), StandardCharsets.UTF_8)));
        assertThat(traceparents).as("exactly one traceparent header").hasSize(1);
        Matcher published = TRACEPARENT.matcher(traceparents.get(0));
        assertThat(published.matches()).as(traceparents.get(0)).isTrue();
        assertThat(published.group(1)).as("the caller's trace").isEqualTo(CALLER_TRACE);
        assertThat(published.group(2)).as("a span of its own, not the caller's").isNotEqualTo(CALLER_SPAN);
    }
}
