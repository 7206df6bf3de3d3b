package com.leadtolease.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.notification.support.GreenMailResource;
import com.leadtolease.notification.support.InjectGreenMail;
import com.leadtolease.notification.support.ReceivedMail;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.notification.support.TourEvents;
import com.leadtolease.notification.support.WireMockResource;
import com.leadtolease.testing.ContainersProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * notification-service on MongoDB Atlas Local and Apache Kafka: a tour.scheduled event becomes one confirmation
 * email (SMTP stays the in-JVM GreenMail) and one delivery record, even when delivered twice.
 */
@Tag(ContainersProfile.TAG)
@Testcontainers(disabledWithoutDocker = true)
@QuarkusTest
@TestProfile(NotificationContainersTest.WithMailServer.class)
class NotificationContainersTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** The containers plus the module's SMTP server and webhook receiver. */
    public static class WithMailServer extends ContainersProfile {
        public WithMailServer() {
            super(List.of(GreenMailResource.class, WireMockResource.class));
        }
    }

    @InjectGreenMail
    GreenMail greenMail;
    @Inject
    ObjectMapper mapper;

    @Test
    void aScheduledTourSendsOneConfirmationAndRecordsOneDelivery() {
        String tourId = "tour-" + TourEvents.newId();
        String email = "sam." + tourId + "@example.com";
        String eventId = TourEvents.newId();
        TourEventData scheduled = TourEvents.tour(tourId, "scheduled", Instant.parse("2030-05-14T19:00:00Z"), null, 0,
                new LeadContact("Sam Lee", email, "+1 512 555 0101"));

        TourEvents.publish(mapper, eventId, EventTypes.TOUR_SCHEDULED, scheduled);
        TourEvents.publish(mapper, eventId, EventTypes.TOUR_SCHEDULED, scheduled);

        await().atMost(WAIT).until(() -> mailsTo(email).size() >= 1);
        ReceivedMail confirmation = ReceivedMail.parse(mailsTo(email).get(0));
        assertThat(confirmation.subject()).contains("confirmed", TourEvents.PROPERTY_NAME);
        assertThat(confirmation.calendar()).contains("UID:tour-" + tourId + "@leadtolease");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath log = Staff.console().queryParam("tourId", tourId).queryParam("channel", "email")
                    .when().get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath();
            assertThat(log.getInt("total")).isEqualTo(1);
            assertThat(log.getList("items.status")).containsOnly("delivered");
            assertThat(log.getList("items.sourceEventId")).containsOnly(eventId);
        });
        assertThat(mailsTo(email)).hasSize(1);
    }

    private List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a instanceof InternetAddress i && recipient.equals(i.getAddress()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
