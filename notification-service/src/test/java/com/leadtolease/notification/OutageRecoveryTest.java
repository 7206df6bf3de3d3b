package com.leadtolease.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMail;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.notification.support.InjectGreenMail;
import com.leadtolease.notification.support.InjectWireMock;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.notification.support.TourEvents;
import com.leadtolease.notification.support.WireMockResource;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A receiver away for a while (SMTP server stopped, a Zap answering 500) costs a late delivery, not a lost one: the
 * delivery is retried within its window (6 s in the test profile) and arrives exactly once when the receiver is back.
 */
@QuarkusTest
class OutageRecoveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectGreenMail
    GreenMail smtp;

    @InjectWireMock
    WireMockServer receiver;

    @Inject
    ObjectMapper mapper;

    @Test
    void aConfirmationEmailSentWhileTheSmtpServerIsDownArrivesOnceItIsBack() {
        String tourId = "tour-" + TourEvents.newId();
        String email = "robin." + tourId + "@example.com";
        TourEventData tour = TourEvents.tour(tourId, "scheduled", Instant.parse("2030-07-01T15:00:00Z"), null, 0,
                new LeadContact("Robin", email, null));

        smtp.stop();
        try {
            TourEvents.publish(mapper, TourEvents.newId(), EventTypes.TOUR_SCHEDULED, tour);
            // Back after the first failed attempt: the second or third retry (at ~1 s and ~3 s) lands inside the
            // test profile's 6 s window even on a busy machine, where waiting for two failures left one chance.
            // An attempt is counted when claimed, before it is made: wait for its recorded failure.
            JsonPath failing = await().atMost(WAIT).until(() -> emailDelivery(tourId),
                    d -> d != null && d.getString("lastError") != null);
            assertThat(failing.getString("status")).isEqualTo("pending");
            assertThat(failing.getString("lastError")).contains("SMTP send failed", "retried until");
        } finally {
            smtp.start();
        }

        await().atMost(WAIT).until(() -> "delivered".equals(emailDelivery(tourId).getString("status")));
        JsonPath delivered = emailDelivery(tourId);
        assertThat(delivered.getInt("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(mailsTo(email)).hasSize(1);
        ConsumerRecord<String, String> outcome = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS,
                record -> delivered.getString("deliveryId").equals(record.key()), WAIT);
        assertThat(KafkaTestClient.header(outcome, "ce_type")).contains(EventTypes.NOTIFICATION_DELIVERED);
    }

    @Test
    void aWebhookAnsweringServerErrorsIsDeliveredOnceWhenTheReceiverRecovers() {
        String tourId = "tour-" + TourEvents.newId();
        String scenario = "down-" + tourId;
        String[] states = {Scenario.STARTED, "failed once", "failed twice", "recovered"};
        for (int i = 0; i < 3; i++) {
            receiver.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(1)
                    .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))
                    .inScenario(scenario).whenScenarioStateIs(states[i])
                    .willReturn(aResponse().withStatus(500).withBody("Zap is down"))
                    .willSetStateTo(states[i + 1]));
        }
        receiver.stubFor(post(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH)).atPriority(1)
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))
                .inScenario(scenario).whenScenarioStateIs("recovered")
                .willReturn(ok()));
        String eventId = TourEvents.newId();
        TourEvents.publish(mapper, eventId, EventTypes.TOUR_SCHEDULED,
                TourEvents.tour(tourId, "scheduled", Instant.parse("2030-07-02T15:00:00Z"), null, 0, null));

        await().atMost(WAIT).until(() -> webhookDelivery(tourId), d -> d != null
                && "delivered".equals(d.getString("status")));
        JsonPath delivered = webhookDelivery(tourId);
        assertThat(delivered.getInt("attempts")).isEqualTo(4);
        assertThat(receiver.findAll(postRequestedFor(urlEqualTo(WireMockResource.SCHEDULED_HOOK_PATH))
                .withRequestBody(matchingJsonPath("$.tour_id", equalTo(tourId)))))
                .hasSize(4)
                .allSatisfy(request -> assertThat(request.getHeader("X-Lead2Lease-Event-Id")).isEqualTo(eventId));
        assertThat(receiver.getAllScenarios().getScenarios()).filteredOn(s -> s.getName().equals(scenario))
                .singleElement().satisfies(s -> assertThat(s.getState()).isEqualTo("recovered"));
        ConsumerRecord<String, String> outcome = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS,
                record -> delivered.getString("deliveryId").equals(record.key()), WAIT);
        assertThat(KafkaTestClient.header(outcome, "ce_type")).contains(EventTypes.NOTIFICATION_DELIVERED);
    }

    private static JsonPath emailDelivery(String tourId) {
        return delivery(tourId, "email");
    }

    private static JsonPath webhookDelivery(String tourId) {
        return delivery(tourId, "webhook");
    }

    private static JsonPath delivery(String tourId, String channel) {
        List<String> ids = Staff.console().queryParam("tourId", tourId).queryParam("channel", channel)
                .when().get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath()
                .getList("items.deliveryId");
        if (ids.isEmpty()) {
            return null;
        }
        assertThat(ids).hasSize(1);
        return Staff.console().when().get("/api/notifications/deliveries/" + ids.get(0)).then().statusCode(200)
                .extract().jsonPath();
    }

    private List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient));
        } catch (MessagingException e) {
            return false;
        }
    }
}
