package com.leadtolease.notification;

import java.time.Clock;
import com.leadtolease.platform.security.SignedTokens;
import java.net.URLDecoder;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.notification.support.InjectGreenMail;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.notification.support.ReceivedMail;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.notification.support.TourEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Booking events on the real Kafka broker become real emails on the GreenMail SMTP server. */
@QuarkusTest
class TourEmailFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    ObjectMapper mapper;

    @Test
    void scheduleRescheduleAndCancelSendOneEmailEachWithCalendarUpdatesOfTheSameEntry() {
        String tourId = "tour-" + TourEvents.newId();
        String email = "jordan." + tourId + "@example.com";
        LeadContact lead = new LeadContact("Jordan Rivera", email, "+1 512 555 0100");
        Instant start = Instant.parse("2030-05-14T19:00:00Z");
        Instant newStart = Instant.parse("2030-05-16T15:30:00Z");

        String scheduledId = TourEvents.newId();
        TourEventData scheduled = TourEvents.tour(tourId, "scheduled", start, null, 0, lead);
        TourEvents.publish(mapper, scheduledId, EventTypes.TOUR_SCHEDULED, scheduled);

        ReceivedMail confirmation = ReceivedMail.parse(awaitMails(email, 1).get(0));
        assertThat(confirmation.subject()).contains("confirmed", TourEvents.PROPERTY_NAME);
        assertThat(confirmation.text())
                .contains("Hi Jordan,", "Tuesday, May 14, 2030, 2:00 PM – 2:45 PM CDT", TourEvents.PROPERTY_NAME,
                        TourEvents.PROPERTY_ADDRESS, mapsLink(), tourId, "reply to this email");
        assertThat(confirmation.html())
                .contains("<h2", "2:00 PM – 2:45 PM CDT", "href=\"" + mapsLink().replace("&", "&amp;") + "\"", tourId);
        // The tour's own page: its token opens this tour (as the gateway checks it) and no other.
        Matcher manage = Pattern.compile(
                "https://homes\\.example\\.com/book/manage\\.html\\?tour=([^&\\s]+)&token=(\\S+)")
                .matcher(confirmation.text());
        assertThat(manage.find()).as("manage link in: " + confirmation.text()).isTrue();
        assertThat(URLDecoder.decode(manage.group(1), StandardCharsets.UTF_8)).isEqualTo(tourId);
        SignedTokens tourTokens = new com.leadtolease.platform.security.SignedTokens(
                SignedTokens.TOUR, "test-only-tour-link-secret",
                Duration.ofDays(1), Clock.systemUTC());
        String token = URLDecoder.decode(manage.group(2), StandardCharsets.UTF_8);
        assertThat(tourTokens.refusal(token, tourId)).isEmpty();
        assertThat(tourTokens.refusal(token, tourId + "-other")).isPresent();
        assertThat(confirmation.calendarContentType()).contains("text/calendar").containsIgnoringCase("method=REQUEST");
        assertThat(confirmation.calendar()).contains("\r\n").doesNotContain("\n\n");
        assertThat(calendarLines(confirmation)).contains("METHOD:REQUEST", "UID:tour-" + tourId + "@leadtolease",
                "SEQUENCE:0", "DTSTART:20300514T190000Z", "DTEND:20300514T194500Z", "STATUS:CONFIRMED",
                "LOCATION:1200 Elm Street\\, Suite 4\\; Austin\\, TX 78701");
        assertThat(calendarLines(confirmation)).anyMatch(l -> l.startsWith("ATTENDEE") && l.endsWith("mailto:" + email));

        // The same event delivered again (same ce_id): nothing new is sent or recorded.
        TourEvents.publish(mapper, scheduledId, EventTypes.TOUR_SCHEDULED, scheduled);

        TourEventData rescheduled = TourEvents.tour(tourId, "scheduled", newStart, start, 1, lead);
        TourEvents.publish(mapper, TourEvents.newId(), EventTypes.TOUR_RESCHEDULED, rescheduled);
        ReceivedMail update = ReceivedMail.parse(awaitMails(email, 2).get(1));
        assertThat(update.subject()).contains("moved");
        assertThat(update.text()).contains("Thursday, May 16, 2030, 10:30 AM", "Was:", "2:00 PM CDT");
        assertThat(calendarLines(update)).contains("METHOD:REQUEST", "UID:tour-" + tourId + "@leadtolease",
                "SEQUENCE:1", "DTSTART:20300516T153000Z");

        TourEventData cancelled = TourEvents.tour(tourId, "cancelled", newStart, null, 2, lead);
        TourEvents.publish(mapper, TourEvents.newId(), EventTypes.TOUR_CANCELLED, cancelled);
        ReceivedMail cancellation = ReceivedMail.parse(awaitMails(email, 3).get(2));
        assertThat(cancellation.subject()).contains("cancelled");
        assertThat(cancellation.text()).as("nothing left to manage").doesNotContain("manage.html");
        assertThat(cancellation.calendarContentType()).containsIgnoringCase("method=CANCEL");
        assertThat(calendarLines(cancellation)).contains("METHOD:CANCEL", "STATUS:CANCELLED",
                "UID:tour-" + tourId + "@leadtolease", "SEQUENCE:2");

        // Ordered partition (key = tour id): the redelivery was handled before the later events, so by now it
        // would have produced its delivery. One email of each kind, one delivery document per event.
        assertThat(mailsTo(email)).hasSize(3);
        JsonPath log = Staff.console().queryParam("tourId", tourId).queryParam("channel", "email")
                .when().get("/api/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(log.getInt("total")).isEqualTo(3);
        assertThat(log.getList("items.sourceEventId")).containsOnlyOnce(scheduledId);
        assertThat(log.getList("items.status")).containsOnly("delivered");
        assertThat(log.getList("items.attempts", Integer.class)).containsOnly(1);
        assertThat(log.getList("items.target")).containsOnly(email);
    }

    @Test
    void reminderEmailIsSentWithoutInviteAndEveryOutcomeIsPublished() {
        String tourId = "tour-" + TourEvents.newId();
        String email = "sam." + tourId + "@example.com";
        TourEventData tour = TourEvents.tour(tourId, "scheduled", Instant.parse("2030-01-08T16:00:00Z"), null, 0,
                new LeadContact("Sam", email, null));
        String eventId = TourEvents.newId();
        TourEvents.publish(mapper, eventId, EventTypes.TOUR_REMINDER_DUE, tour);

        ReceivedMail reminder = ReceivedMail.parse(awaitMails(email, 1).get(0));
        assertThat(reminder.subject()).startsWith("Reminder:").contains("10:00 AM CST");
        assertThat(reminder.text()).contains("10:00 AM – 10:45 AM CST", tourId, "reschedule or cancel");
        assertThat(reminder.html()).contains(tourId);
        assertThat(reminder.calendar()).isNull();

        String deliveryId = Staff.console().queryParam("tourId", tourId).when().get("/api/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath().getString("items[0].deliveryId");
        ConsumerRecord<String, String> published = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS,
                record -> deliveryId.equals(record.key()), WAIT);
        assertThat(KafkaTestClient.header(published, "ce_type")).contains(EventTypes.NOTIFICATION_DELIVERED);
        assertThat(KafkaTestClient.header(published, "ce_source")).contains("/notification-service");
        assertThat(KafkaTestClient.header(published, "ce_subject")).contains(deliveryId);
        JsonPath data = JsonPath.from(published.value());
        assertThat(data.getString("deliveryId")).isEqualTo(deliveryId);
        assertThat(data.getString("sourceEventId")).isEqualTo(eventId);
        assertThat(data.getString("channel")).isEqualTo("email");
        assertThat(data.getString("status")).isEqualTo("delivered");
        await().atMost(WAIT).until(() -> Staff.console().when().get("/api/notifications/deliveries/" + deliveryId)
                .then().statusCode(200).extract().jsonPath().getInt("eventsNotYetPublished"), n -> n == 0);
    }

    private static String mapsLink() {
        return "https://www.google.com/maps/search/?api=1&query="
                + URLEncoder.encode(TourEvents.PROPERTY_ADDRESS, StandardCharsets.UTF_8);
    }

    @Test
    void aCompletedTourBringsOneThanksEmailWithTheApplyLinkAndANoShowNone() {
        String tourId = "tour-" + TourEvents.newId();
        String email = "casey." + tourId + "@example.com";
        TourEventData completed = TourEvents.tour(tourId, "completed", Instant.parse("2030-03-05T16:00:00Z"), null, 1,
                new LeadContact("Casey Park", email, null));
        String completedId = TourEvents.newId();
        TourEvents.publish(mapper, completedId, EventTypes.TOUR_COMPLETED, completed);
        TourEvents.publish(mapper, completedId, EventTypes.TOUR_COMPLETED, completed);
        // Behind the redelivery on the same partition (key = tour id): once its email is here, so would a second
        // thanks be.
        TourEvents.publish(mapper, TourEvents.newId(), EventTypes.TOUR_REMINDER_DUE, completed);

        List<ReceivedMail> mails = awaitMails(email, 2).stream().map(ReceivedMail::parse).toList();
        List<ReceivedMail> thanks = mails.stream().filter(mail -> mail.subject().startsWith("Thanks")).toList();
        assertThat(thanks).hasSize(1);
        assertThat(thanks.get(0).subject())
                .isEqualTo("Thanks for touring " + TourEvents.PROPERTY_NAME + " — apply here");
        assertThat(thanks.get(0).text()).contains("Hi Casey,", "Apply here: https://homes.example.com/?apply=prop-maple-court")
                .doesNotContain("manage.html");
        assertThat(thanks.get(0).html()).contains("href=\"https://homes.example.com/?apply=prop-maple-court\"");
        assertThat(thanks.get(0).calendarContentType()).isNull();
        JsonPath log = Staff.console().queryParam("tourId", tourId).queryParam("channel", "email")
                .when().get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath();
        assertThat(log.getList("items.sourceEventId")).containsOnlyOnce(completedId).hasSize(2);

        String noShowTour = "tour-" + TourEvents.newId();
        String noShowEmail = "drew." + noShowTour + "@example.com";
        TourEventData noShow = TourEvents.tour(noShowTour, "no_show", Instant.parse("2030-03-05T17:00:00Z"), null, 1,
                new LeadContact("Drew Lee", noShowEmail, null));
        String noShowId = TourEvents.newId();
        TourEvents.publish(mapper, noShowId, EventTypes.TOUR_NO_SHOW, noShow);
        TourEvents.publish(mapper, TourEvents.newId(), EventTypes.TOUR_REMINDER_DUE, noShow);

        assertThat(awaitMails(noShowEmail, 1)).hasSize(1);
        assertThat(ReceivedMail.parse(mailsTo(noShowEmail).get(0)).subject()).startsWith("Reminder");
        assertThat(Staff.console().queryParam("tourId", noShowTour).when().get("/api/notifications/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items.sourceEventId")).doesNotContain(noShowId);
    }

    private static List<String> calendarLines(ReceivedMail mail) {
        return Arrays.asList(mail.unfoldedCalendar().split("\r\n"));
    }

    private List<MimeMessage> awaitMails(String recipient, int count) {
        await().atMost(WAIT).until(() -> mailsTo(recipient).size() >= count);
        return mailsTo(recipient);
    }

    private List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, recipient)).toList();
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
