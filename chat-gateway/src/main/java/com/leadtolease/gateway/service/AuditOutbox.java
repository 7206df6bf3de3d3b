package com.leadtolease.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.audit.AuditRecordData;
import com.leadtolease.gateway.repository.AuditRecords;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.platform.outbox.OutboxRelay;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Records what only the gateway sees for agent-service's audit log: an {@code audit.events} event written to the
 * audit_records outbox (the relay sends it even if Kafka is away right now). Never a secret or a token.
 */
@ApplicationScoped
public class AuditOutbox {

    static final String SERVICE = "chat-gateway";
    private static final int BATCH = 500;

    private final AuditRecords records;
    private final OutboxRelay relay;
    private final ObjectMapper json;
    private final Clock clock;

    AuditOutbox(AuditRecords records, OutboxRelay relay, ObjectMapper json, Clock clock) {
        this.records = records;
        this.relay = relay;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A token was issued to {@code actor} (a client id or an operator's username).
     *
     * @param grant client_credentials or password
     */
    public void tokenIssued(String actor, String grant, Iterable<String> scopes) {
        Instant now = clock.instant();
        String scopeList = String.join(" ", scopes);
        record(new AuditRecordData(UUID.randomUUID().toString(), SERVICE, AuditRecordData.TYPE_TOKEN_ISSUED, actor,
                null, null, actor, "Token issued to " + actor + " (" + grant + ")",
                Map.of("grant", grant, "scopes", scopeList), now));
    }

    private void record(AuditRecordData data) {
        String key = data.leadId() != null ? data.leadId() : data.sessionId() != null ? data.sessionId()
                : data.subjectId();
        EventEnvelope<String> event = new EventEnvelope<>(UUID.randomUUID().toString(), EventTypes.AUDIT_RECORDED,
                WebhookIntake.EVENT_SOURCE, key, data.occurredAt(), write(data));
        records.insert(data.auditId(), OutboxEvent.of(Topics.AUDIT_EVENTS, event), data.occurredAt());
        relay.wakeUp();
    }

    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteSent() {
        while (records.deleteSent(BATCH) == BATCH) {
            // another batch
        }
    }

    private String write(AuditRecordData data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An audit record could not be written as JSON", e);
        }
    }
}
