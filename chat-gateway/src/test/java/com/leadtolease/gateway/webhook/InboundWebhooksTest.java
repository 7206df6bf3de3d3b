package com.leadtolease.gateway.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.webhook.WebhookLeadData;
import com.leadtolease.contracts.webhook.WebhookMessageData;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.service.WebhookRetention;
import com.leadtolease.platform.security.TimestampedSignature;
import com.leadtolease.testing.KafkaTestClient;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class InboundWebhooksTest {

    @Inject
    MongoClient mongo;
    @Inject
    ObjectMapper json;
    @Inject
    ChatSessionRepository sessions;
    @Inject
    WebhookRetention retention;

    private MongoCollection<Document> deliveries() {
        return mongo.getDatabase("gateway").getCollection("webhook_deliveries");
    }

    private MongoCollection<Document> chatSessions() {
        return mongo.getDatabase("gateway").getCollection("chat_sessions");
    }

    private static String zapierLead(String id, String extra) {
        return "{\"event\":\"new_lead\",\"id\":\"" + id + "\",\"first_name\":\"Ana\",\"last_name\":\"Ruiz\","
                + "\"email\":\"Ana.Ruiz@Example.com\",\"phone\":\"(713) 555-0100\",\"property_id\":\"p1\","
                + "\"message\":\"Is the 2 bedroom still free?\",\"budget\":\"$1,900\",\"bedrooms\":\"2\","
                + "\"move_in_date\":\"2027-01-15\",\"pets\":\"dog, cat\",\"consent_to_contact\":true" + extra + "}";
    }

    private static List<ConsumerRecord<String, String>> published(String marker, Duration during) {
        return KafkaTestClient.readFor(Topics.WEBHOOKS_INBOUND, record -> record.value().contains(marker), during)
                .stream().filter(distinctIds()).toList();
    }

    private static java.util.function.Predicate<ConsumerRecord<String, String>> distinctIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        return record -> ids.add(KafkaTestClient.header(record, "ce_id").orElseThrow());
    }

    @Test
    void aSignedZapierLeadOpensAConversationAndIsPublishedOnceNormalized() throws Exception {
        String id = "zap-" + UUID.randomUUID();
        String body = zapierLead(id, "");

        Response first = SignedWebhooks.zapier(body);
        first.then().statusCode(202);
        JsonPath answer = first.jsonPath();
        assertThat(answer.getString("type")).isEqualTo("lead");
        assertThat(answer.getString("status")).isEqualTo("accepted");
        String sessionId = answer.getString("sessionId");
        assertThat(sessions.contains(sessionId)).as("the lead's conversation, stored like a web chat").isTrue();
        assertThat(sessions.propertyId(sessionId)).contains("p1");
        assertThat(chatSessions().find(Filters.eq("_id", sessionId)).first().getDate("keepUntil").toInstant())
                .as("kept for its invite link, reply or not").isAfter(Instant.now().plus(Duration.ofDays(13)));

        ConsumerRecord<String, String> record = KafkaTestClient.awaitEvents(Topics.WEBHOOKS_INBOUND,
                r -> r.value().contains(id), 1, Duration.ofSeconds(15)).get(0);
        assertThat(record.key()).isEqualTo("zapier");
        assertThat(KafkaTestClient.header(record, "ce_type")).contains(EventTypes.WEBHOOK_LEAD_RECEIVED);
        WebhookLeadData lead = json.readValue(record.value(), WebhookLeadData.class);
        assertThat(lead.webhookId()).isEqualTo(answer.getString("webhookId"));
        assertThat(lead.source()).isEqualTo("zapier");
        assertThat(lead.externalId()).isEqualTo(id);
        assertThat(lead.sessionId()).isEqualTo(sessionId);
        assertThat(lead.contact()).isEqualTo(new LeadContact("Ana Ruiz", "ana.ruiz@example.com", "(713) 555-0100"));
        assertThat(lead.propertyId()).isEqualTo("p1");
        assertThat(lead.message()).isEqualTo("Is the 2 bedroom still free?");
        assertThat(lead.budget()).isEqualTo(1900);
        assertThat(lead.bedrooms()).isEqualTo(2);
        assertThat(lead.moveDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(lead.pets()).containsExactly("dog", "cat");
        assertThat(lead.consentToContact()).isTrue();

        long sessionsAfterFirst = chatSessions().countDocuments();
        // A retry (Zapier retries on a timeout) gets exactly the first answer and publishes nothing new.
        Response retry = SignedWebhooks.zapier(body);
        retry.then().statusCode(202);
        assertThat(retry.asString()).isEqualTo(first.asString());
        // The same id with another body is a mistake of the sender: 409, still one record.
        SignedWebhooks.zapier(zapierLead(id, ",\"bedrooms\":3").replace("\"bedrooms\":\"2\",", ""))
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(published(id, Duration.ofSeconds(3))).hasSize(1);
        assertThat(deliveries().countDocuments(Filters.eq("key", id))).isEqualTo(1);
        assertThat(chatSessions().countDocuments()).as("no second conversation for the retry")
                .isEqualTo(sessionsAfterFirst);
    }

    @Test
    void theIdempotencyKeyHeaderComesFirstAndOneOfItOrTheBodyIdIsRequired() {
        String key = "hdr-" + UUID.randomUUID();
        String body = "{\"event\":\"new_message\",\"email\":\"ana@example.com\",\"message\":\"" + key + "\"}";
        long before = deliveries().countDocuments();

        SignedWebhooks.zapier(body).then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo(
                "Idempotency-Key"));
        assertThat(deliveries().countDocuments()).isEqualTo(before);

        long now = Instant.now().getEpochSecond();
        given().contentType("application/json").body(body).header("Idempotency-Key", key)
                .header("X-Lead2Lease-Timestamp", Long.toString(now))
                .header("X-Lead2Lease-Signature", TimestampedSignature.sign(SignedWebhooks.ZAPIER_SECRET, now, body))
                .post("/api/webhooks/zapier").then().statusCode(202).body("type", org.hamcrest.Matchers.equalTo(
                        "message"));
        assertThat(deliveries().countDocuments(Filters.eq("_id", "zapier:" + key))).isEqualTo(1);
    }

    @Test
    void aCrmMessageIsPublishedAsWebhookMessageData() throws Exception {
        String eventId = "crm-" + UUID.randomUUID();
        String body = "{\"eventId\":\"" + eventId + "\",\"type\":\"message.created\","
                + "\"occurredAt\":\"2026-12-06T10:15:00Z\",\"lead\":{\"externalId\":\"crm-lead-7\","
                + "\"email\":\"ben@example.com\"},\"message\":{\"text\":\"Can I see it Saturday?\"}}";

        SignedWebhooks.crm(body).then().statusCode(202).body("type", org.hamcrest.Matchers.equalTo("message"))
                .body("sessionId", org.hamcrest.Matchers.nullValue());

        ConsumerRecord<String, String> record = KafkaTestClient.awaitEvents(Topics.WEBHOOKS_INBOUND,
                r -> r.value().contains(eventId) || r.value().contains("crm-lead-7") && r.value().contains("Saturday"),
                1, Duration.ofSeconds(15)).get(0);
        assertThat(record.key()).isEqualTo("crm");
        assertThat(KafkaTestClient.header(record, "ce_type")).contains(EventTypes.WEBHOOK_MESSAGE_RECEIVED);
        WebhookMessageData message = json.readValue(record.value(), WebhookMessageData.class);
        assertThat(message.source()).isEqualTo("crm");
        assertThat(message.externalId()).isEqualTo("crm-lead-7");
        assertThat(message.leadId()).isNull();
        assertThat(message.email()).isEqualTo("ben@example.com");
        assertThat(message.text()).isEqualTo("Can I see it Saturday?");
        assertThat(deliveries().countDocuments(Filters.eq("_id", "crm:" + eventId))).isEqualTo(1);
    }

    @Test
    void refusedRequestsStoreAndPublishNothing() {
        String marker = "refused-" + UUID.randomUUID();
        String valid = zapierLead(marker, "");
        long now = Instant.now().getEpochSecond();
        long deliveriesBefore = deliveries().countDocuments();
        long sessionsBefore = chatSessions().countDocuments();

        SignedWebhooks.signed("/api/webhooks/zapier", SignedWebhooks.ZAPIER_SECRET, now - 301, valid)
                .then().statusCode(401).body("detail", org.hamcrest.Matchers.containsString("replayed or stale"));
        SignedWebhooks.signed("/api/webhooks/zapier", SignedWebhooks.ZAPIER_SECRET, now + 400, valid)
                .then().statusCode(401);
        SignedWebhooks.signed("/api/webhooks/zapier", "not-the-secret", now, valid).then().statusCode(401);
        SignedWebhooks.signed("/api/webhooks/zapier", SignedWebhooks.CRM_SECRET, now, valid).then().statusCode(401);
        SignedWebhooks.send("/api/webhooks/zapier", Long.toString(now), null, valid).then().statusCode(401);
        SignedWebhooks.send("/api/webhooks/zapier", null, null, valid).then().statusCode(401);
        SignedWebhooks.zapier("{\"event\":\"new_lead\",\"id\":\"" + marker + "\",").then().statusCode(400)
                .contentType("application/problem+json");
        SignedWebhooks.zapier(valid + " {}").then().statusCode(400);
        SignedWebhooks.zapier("[" + valid + "]").then().statusCode(400);
        SignedWebhooks.zapier(zapierLead(marker, ",\"padding\":\"" + "x".repeat(70_000) + "\"")).then()
                .statusCode(413);
        SignedWebhooks.zapier("{\"event\":\"new_lead\",\"id\":\"" + marker + "\",\"name\":\"Ana\"}").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("email"));
        SignedWebhooks.zapier("{\"event\":\"new_lead\",\"id\":\"" + marker + "\",\"email\":\"ana@example.com\","
                        + "\"budget\":\"a lot\",\"move_in_date\":\"next week\",\"first_name\":\"" + "A".repeat(101)
                        + "\"}").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("budget", "move_in_date",
                        "first_name"));
        SignedWebhooks.crm("{\"eventId\":\"" + marker + "\",\"type\":\"message.created\",\"lead\":{},"
                        + "\"message\":{\"text\":\"" + "x".repeat(4001) + "\"}}").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("message.text", "lead.externalId"));

        assertThat(deliveries().countDocuments()).as("idempotency records").isEqualTo(deliveriesBefore);
        assertThat(chatSessions().countDocuments()).as("conversations opened").isEqualTo(sessionsBefore);
        assertThat(published(marker, Duration.ofSeconds(2))).as("published").isEmpty();
    }

    @Test
    void idempotencyRecordsExpireAfterTheirRetentionOnceTheirEventLeft() {
        String id = "expiry-" + UUID.randomUUID();
        SignedWebhooks.zapier(zapierLead(id, "")).then().statusCode(202);
        KafkaTestClient.awaitEvents(Topics.WEBHOOKS_INBOUND, r -> r.value().contains(id), 1, Duration.ofSeconds(15));
        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries().find(Filters.eq("key", id)).first()
                .getList("outbox", Document.class).isEmpty());

        assertThat(retention.purgeExpired(Instant.now().plus(Duration.ofDays(6)))).isZero();
        assertThat(retention.purgeExpired(Instant.now().plus(Duration.ofDays(8)))).isPositive();
        assertThat(deliveries().countDocuments(Filters.eq("key", id))).isZero();
    }
}
