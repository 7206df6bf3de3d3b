package com.leadtolease.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.lead.LeadEmailData;
import com.leadtolease.contracts.lead.LeadErasedData;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.notification.support.InjectGreenMail;
import com.leadtolease.notification.support.InjectWireMock;
import com.leadtolease.notification.support.ReceivedMail;
import com.leadtolease.notification.support.Staff;
import com.leadtolease.platform.security.SignedTokens;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** leads.events → the agent's email to a webhook lead with a signed chat link; an erasure redacts the log. */
@QuarkusTest
class LeadEmailFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String GREETING = "Hi Ana, thanks for your interest in a 2-bedroom at Maple Court around "
            + "$1,900 from June 1 — with your cat. Would you like to see the homes that fit, or pick a tour time?";

    @InjectGreenMail
    GreenMail greenMail;
    @InjectWireMock
    WireMockServer booking;
    @Inject
    ObjectMapper mapper;

    @Test
    void anInviteIsSentOnceWithALinkThatOpensItsConversationAndAnErasureRemovesTheAddress() throws Exception {
        String tag = UUID.randomUUID().toString();
        String email = "ana." + tag + "@example.com";
        String leadId = "lead-" + tag;
        String sessionId = "session-" + tag;
        String property = "maple-court-" + tag;
        booking.stubFor(get(urlPathEqualTo("/api/properties/" + property)).willReturn(okJson(
                "{\"id\":\"" + property + "\",\"name\":\"Maple Court\",\"area\":\"Katy\"}")));
        LeadEmailData invite = new LeadEmailData("email-" + tag, LeadEmailData.KIND_INVITE, leadId, sessionId,
                new LeadContact("Ana Lopez", email, "713-555-0100"), property, GREETING, Instant.now());

        publish(leadId, EventTypes.LEAD_EMAIL_REQUESTED, invite);
        publish(leadId, EventTypes.LEAD_EMAIL_REQUESTED, invite); // the agent's relay published it twice
        publish(leadId, EventTypes.LEAD_UPSERTED, java.util.Map.of("leadId", leadId)); // not ours: skipped

        ReceivedMail mail = ReceivedMail.parse(awaitMails(email, 1).get(0));
        assertThat(mail.subject()).isEqualTo("Your inquiry about Maple Court");
        assertThat(mail.text()).contains(GREETING).contains("Continue the conversation in our web chat");
        assertThat(mail.html()).contains("Hi Ana, thanks for your interest").contains("Continue in the web chat");
        Matcher link = Pattern.compile("https://homes\\.example\\.com/\\?invite=(\\S+)").matcher(mail.text());
        assertThat(link.find()).as("chat link in: " + mail.text()).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
        SignedTokens invites = new SignedTokens(SignedTokens.CHAT_INVITE, "test-only-chat-invite-secret",
                Duration.ofDays(7), Clock.systemUTC());
        assertThat(invites.refusal(token, sessionId)).as("the token opens the lead's conversation").isEmpty();
        assertThat(invites.refusal(token, sessionId + "-other")).isPresent();
        assertThat(new SignedTokens(SignedTokens.CHAT_SESSION, "test-only-chat-invite-secret", Duration.ofDays(7),
                Clock.systemUTC()).refusal(token, sessionId)).as("an invite, not a chat token").isPresent();
        assertThat(mail.html()).contains("href=\"https://homes.example.com/?invite=");

        JsonPath log = Staff.console().queryParam("sessionId", sessionId).when()
                .get("/api/notifications/deliveries").then().statusCode(200).extract().jsonPath();
        assertThat(log.getInt("total")).isEqualTo(1);
        assertThat(log.getString("items[0].target")).isEqualTo(email);
        assertThat(log.getString("items[0].sourceEventType")).isEqualTo(EventTypes.LEAD_EMAIL_REQUESTED);
        String deliveryId = log.getString("items[0].deliveryId");
        await().atMost(WAIT).untilAsserted(() -> assertThat(Staff.console().when()
                .get("/api/notifications/deliveries/" + deliveryId).then().statusCode(200).extract().jsonPath()
                .getString("status")).isEqualTo("delivered"));
        String delivered = KafkaTestClient.awaitRecord(Topics.NOTIFICATIONS_EVENTS, r -> deliveryId.equals(r.key())
                && KafkaTestClient.header(r, "ce_type").orElse("").equals(EventTypes.NOTIFICATION_DELIVERED), WAIT)
                .value();
        assertThat(delivered).as("the link never travels on Kafka").doesNotContain("invite=").doesNotContain(token);
        assertThat(mailsTo(email)).as("one email for the request published twice").hasSize(1);

        // A reply by email: the "Re:" subject, the agent's answer.
        publish(leadId, EventTypes.LEAD_EMAIL_REQUESTED, new LeadEmailData("email-reply-" + tag,
                LeadEmailData.KIND_REPLY, leadId, sessionId, new LeadContact("Ana Lopez", email, null), null,
                "Yes, there is covered parking.", Instant.now()));
        ReceivedMail reply = ReceivedMail.parse(awaitMails(email, 2).get(1));
        assertThat(reply.subject()).isEqualTo("Re: your inquiry about our homes");
        assertThat(reply.text()).contains("Yes, there is covered parking.");

        publish(leadId, EventTypes.LEAD_ERASED, new LeadErasedData("erasure-" + tag, leadId, List.of(sessionId),
                "dev-admin", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> {
            String erased = Staff.console().queryParam("sessionId", sessionId).when()
                    .get("/api/notifications/deliveries").then().statusCode(200).extract().asString();
            assertThat(erased).contains("\"total\":2").doesNotContain(email).doesNotContain("ana.");
        });
        assertThat(Staff.console().when().get("/api/notifications/deliveries/" + deliveryId).then().statusCode(200)
                .extract().asString()).doesNotContain(email);
    }

    @Test
    void anUnreadableEmailRequestGoesToTheDeadLetterTopicWithoutItsContents() {
        String leadId = "lead-bad-" + UUID.randomUUID();
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, leadId,
                EventTypes.LEAD_EMAIL_REQUESTED, "{\"emailId\":\"e-1\",\"kind\":\"invite\",\"leadId\":\"" + leadId
                        + "\",\"sessionId\":\"s-1\",\"text\":\"Hi\",\"contact\":{\"name\":\"Bo\",\"email\":null}}");
        var dead = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.LEADS_EVENTS), r -> leadId.equals(r.key()),
                WAIT);
        assertThat(KafkaTestClient.header(dead, "dead-letter-reason").orElse("")).contains("contact.email")
                .doesNotContain("Bo");
    }

    private void publish(String leadId, String type, Object data) throws Exception {
        KafkaTestClient.sendCloudEvent("/agent-service", Topics.LEADS_EVENTS, leadId, type,
                mapper.writeValueAsString(data));
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
