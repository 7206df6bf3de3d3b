package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.support.BookingFixtures;
import com.leadtolease.agent.support.InjectBookingService;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.webhook.WebhookLeadData;
import com.leadtolease.contracts.webhook.WebhookMessageData;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static com.leadtolease.agent.support.BookingFixtures.at;
import static com.leadtolease.agent.support.BookingFixtures.json;
import static com.leadtolease.agent.support.BookingFixtures.slot;
import static org.assertj.core.api.Assertions.assertThat;

/** webhooks.inbound → a lead, a welcomed conversation, its greeting on chat.outbound and an email request. */
@QuarkusTest
class WebhookIntakeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectBookingService
    WireMockServer booking;
    @Inject
    LeadRepository leads;
    @Inject
    SessionRepository sessions;

    @Test
    void aFormLeadIsWelcomedKnowingTheFormOnceAndItsMessagesAreAnsweredByEmail() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "ana-" + tag + "@example.com";
        LocalDate moveDate = BookingFixtures.today().plusMonths(2).withDayOfMonth(1);
        String property = "maple-court-" + tag;
        BookingFixtures.stubProperty(booking, property, "Maple Court", "Katy");
        LocalDate day = BookingFixtures.today().plusDays(2);
        BookingFixtures.stubAvailability(booking, property, List.of(slot("mc-1", at(day, 10, 0)),
                slot("mc-2", at(day, 11, 0)), slot("mc-3", at(day.plusDays(1), 10, 0))));
        String sessionId = "hook-" + tag;
        WebhookLeadData form = new WebhookLeadData("wh-" + tag, WebhookLeadData.SOURCE_ZAPIER, "ext-1", sessionId,
                new LeadContact("Ana Lopez", email, "713-555-0100"), property,
                "Hi! Looking for a 2 bedroom, I have a cat", 1900, null, moveDate, null, true, Instant.now());

        sendWebhook(EventTypes.WEBHOOK_LEAD_RECEIVED, form);

        ConsumerRecord<String, String> greeting = KafkaTestClient.awaitRecord(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()), WAIT);
        assertThat(KafkaTestClient.header(greeting, "ce_type")).contains(EventTypes.AGENT_REPLIED);
        String month = moveDate.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
        assertThat(greeting.value()).contains("Hi Ana, thanks for your interest in a 2-bedroom at Maple Court "
                + "around $1,900 from " + month + " 1 — with your cat.").contains("pick a tour time");
        Lead lead = leads.find("email", email).firstResult();
        assertThat(lead.name).isEqualTo("Ana Lopez");
        assertThat(lead.budget).isEqualTo(1900);
        assertThat(lead.bedrooms).as("read from the form's message").isEqualTo(2);
        assertThat(lead.moveDate).isEqualTo(moveDate);
        assertThat(lead.pets).containsExactly("cat");
        assertThat(lead.consentToContact).isTrue();
        assertThat(lead.source).isEqualTo("zapier");
        assertThat(lead.sessionIds).contains(sessionId);
        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.leadId).isEqualTo(lead.id);
        assertThat(session.channel).isEqualTo("email");
        assertThat(session.contextPropertyId).isEqualTo(property);
        ConsumerRecord<String, String> invite = KafkaTestClient.awaitRecord(Topics.LEADS_EVENTS,
                emailRequest(lead.id, "invite"), WAIT);
        assertThat(invite.value()).contains("\"sessionId\":\"" + sessionId + "\"").contains("\"email\":\"" + email)
                .contains("\"name\":\"Ana Lopez\"").contains("\"propertyId\":\"" + property + "\"")
                .contains("Hi Ana, thanks for your interest");

        // The same webhook again (a new event id: the gateway's outbox published it twice), then a second form of
        // the same person on another session. Same key, so the repeat is handled before the second form.
        sendWebhook(EventTypes.WEBHOOK_LEAD_RECEIVED, form);
        String secondSession = "hook2-" + tag;
        sendWebhook(EventTypes.WEBHOOK_LEAD_RECEIVED, new WebhookLeadData("wh2-" + tag, WebhookLeadData.SOURCE_CRM,
                null, secondSession, new LeadContact("Ana Lopez", email.toUpperCase(java.util.Locale.ROOT), null),
                null, null, 2100, 2, null, null, true, Instant.now()));
        KafkaTestClient.awaitRecord(Topics.CHAT_OUTBOUND, r -> secondSession.equals(r.key()), WAIT);
        KafkaTestClient.awaitRecord(Topics.LEADS_EVENTS, emailRequest(lead.id, "invite")
                .and(r -> r.value().contains(secondSession)), WAIT);
        assertThat(distinct(KafkaTestClient.readFor(Topics.CHAT_OUTBOUND, r -> sessionId.equals(r.key()),
                Duration.ofSeconds(2)))).as("the repeated webhook published no second greeting").hasSize(1);
        assertThat(distinct(KafkaTestClient.readFor(Topics.LEADS_EVENTS, emailRequest(lead.id, "invite")
                .and(r -> r.value().contains(sessionId + "\"")), Duration.ofSeconds(2))))
                .as("nor a second invite").hasSize(1);
        List<Lead> sameEmail = leads.find("email", email).list();
        assertThat(sameEmail).as("one lead, updated").hasSize(1);
        assertThat(sameEmail.get(0).id).isEqualTo(lead.id);
        assertThat(sameEmail.get(0).budget).isEqualTo(2100);
        assertThat(sameEmail.get(0).sessionIds).contains(sessionId, secondSession);

        // The prospect opens the invite and chats: the form's facts are known, nothing is asked again.
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.CHAT_INBOUND, sessionId,
                EventTypes.CHAT_MESSAGE_RECEIVED, json(Map.of("sessionId", sessionId, "messageId", "c-" + tag,
                        "kind", "message", "text", "Pick a tour time")));
        ConsumerRecord<String, String> times = KafkaTestClient.awaitRecord(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()) && r.value().contains("\"inReplyTo\":\"c-" + tag + "\""), WAIT);
        assertThat(times.value()).contains("The next free tour times are")
                .doesNotContain("Could you tell me").doesNotContain("When would you like to move in")
                .doesNotContain("Will any pets").doesNotContain("Sorry");

        // A message by email (found by its address, any case): answered in the latest conversation, and by email.
        String messageHook = "wh3-" + tag;
        sendWebhook(EventTypes.WEBHOOK_MESSAGE_RECEIVED, new WebhookMessageData(messageHook,
                WebhookLeadData.SOURCE_CRM, null, null, " " + email.toUpperCase(java.util.Locale.ROOT), null,
                "Is there parking?", Instant.now()));
        ConsumerRecord<String, String> answer = KafkaTestClient.awaitRecord(Topics.CHAT_OUTBOUND,
                r -> r.value().contains("\"inReplyTo\":\"webhook-" + messageHook + "\""), WAIT);
        assertThat(answer.key()).isEqualTo(sessionId);
        assertThat(answer.value()).contains("covered space");
        ConsumerRecord<String, String> replyEmail = KafkaTestClient.awaitRecord(Topics.LEADS_EVENTS,
                emailRequest(lead.id, "reply"), WAIT);
        assertThat(replyEmail.value()).contains("covered space").contains("\"sessionId\":\"" + sessionId + "\"");
    }

    @Test
    void aLeadWithoutAnEmailAddressIsWelcomedInTheChatButGetsNoEmail() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String sessionId = "hook-phone-" + tag;
        String phone = "832-555-" + String.format("%04d", Math.abs(tag.hashCode()) % 10000);
        sendWebhook(EventTypes.WEBHOOK_LEAD_RECEIVED, new WebhookLeadData("wh-phone-" + tag,
                WebhookLeadData.SOURCE_CRM, null, sessionId, new LeadContact("Bo Chen", null, phone), null,
                "3 bedrooms in Cypress please", null, null, null, null, false, Instant.now()));

        ConsumerRecord<String, String> greeting = KafkaTestClient.awaitRecord(Topics.CHAT_OUTBOUND,
                r -> sessionId.equals(r.key()), WAIT);
        assertThat(greeting.value()).contains("Hi Bo, thanks for your interest in a 3-bedroom in Cypress.")
                .contains("your monthly budget").doesNotContain("how many bedrooms");
        String leadId = sessions.findById(sessionId).leadId;
        assertThat(leadId).isNotNull();
        assertThat(KafkaTestClient.readFor(Topics.LEADS_EVENTS, r -> leadId.equals(r.key())
                && KafkaTestClient.header(r, "ce_type").orElse("").equals(EventTypes.LEAD_EMAIL_REQUESTED),
                Duration.ofSeconds(3))).as("no address, no email").isEmpty();
    }

    @Test
    void aMessageNoLeadMatchesGoesToTheDeadLetterTopicWithoutPersonalData() {
        String hook = "wh-unknown-" + UUID.randomUUID();
        String email = "nobody-" + hook + "@example.com";
        sendWebhook(EventTypes.WEBHOOK_MESSAGE_RECEIVED, new WebhookMessageData(hook, WebhookLeadData.SOURCE_CRM,
                null, null, email, null, "Hello?", Instant.now()));

        ConsumerRecord<String, String> dead = KafkaTestClient.awaitRecord(Topics.deadLetter(Topics.WEBHOOKS_INBOUND),
                r -> r.value().contains(hook), WAIT);
        String reason = KafkaTestClient.header(dead, "dead-letter-reason").orElse("");
        assertThat(reason).contains("No lead matches webhook " + hook).doesNotContain(email);
        assertThat(leads.find("email", email).list()).isEmpty();
    }

    private static void sendWebhook(String type, Object data) {
        KafkaTestClient.sendCloudEvent("/chat-gateway", Topics.WEBHOOKS_INBOUND, "zapier", type, json(data));
    }

    private static Predicate<ConsumerRecord<String, String>> emailRequest(String leadId, String kind) {
        return r -> leadId.equals(r.key())
                && KafkaTestClient.header(r, "ce_type").orElse("").equals(EventTypes.LEAD_EMAIL_REQUESTED)
                && r.value().contains("\"kind\":\"" + kind + "\"");
    }

    /** Counted once per event id: the relay delivers at least once. */
    private static List<ConsumerRecord<String, String>> distinct(List<ConsumerRecord<String, String>> records) {
        Set<String> ids = new HashSet<>();
        return records.stream().filter(r -> ids.add(KafkaTestClient.header(r, "ce_id").orElse(""))).toList();
    }
}
