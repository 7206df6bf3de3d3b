package com.leadtolease.gateway.messaging;

import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.config.WebhooksConfig;
import com.leadtolease.gateway.repository.AuditRecords;
import com.leadtolease.gateway.repository.WebhookDeliveries;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxRelay;
import com.leadtolease.platform.outbox.RoundGate;
import com.leadtolease.platform.outbox.TopicEmitters;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The gateway's outbox relay: accepted inbound webhooks to {@code webhooks.inbound} (key = source) and audit records to
 * {@code audit.events} (key = the subject), one relay over both collections.
 */
@ApplicationScoped
public class WebhookEventRelay {

    // Injected here, not into the producer: the messaging library finds emitters on bean fields and constructors.
    @Channel("webhooks-inbound")
    MutinyEmitter<String> webhooksInbound;

    @Channel("audit-events")
    MutinyEmitter<String> auditEvents;

    @Produces
    @Singleton
    OutboxRelay webhookEvents(WebhookDeliveries deliveries, AuditRecords audit, WebhooksConfig config, Clock clock,
                              MeterRegistry meters) {
        MongoOutboxStore webhooks = MongoOutboxStore.of(deliveries.collection(), config.outbox().claimLease(), clock);
        MongoOutboxStore records = MongoOutboxStore.of(audit.collection(), config.outbox().claimLease(), clock);
        webhooks.createIndex();
        records.createIndex();
        return new OutboxRelay("gateway-webhooks", config.outbox(), new TopicEmitters(Map.of(
                Topics.WEBHOOKS_INBOUND, webhooksInbound, Topics.AUDIT_EVENTS, auditEvents)),
                List.of(webhooks, records), RoundGate.OPEN, meters);
    }
}
