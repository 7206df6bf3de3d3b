package com.leadtolease.gateway.messaging;

import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.config.WebhooksConfig;
import com.leadtolease.gateway.repository.WebhookDeliveries;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.leadtolease.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Clock;
import java.util.Map;

/** The relay of the webhook outboxes: accepted inbound webhooks to {@code webhooks.inbound}, key = source. */
@ApplicationScoped
public class WebhookEventRelay {

    // Injected here, not into the producer: the messaging library finds emitters on bean fields and constructors.
    @Channel("webhooks-inbound")
    MutinyEmitter<String> webhooksInbound;

    @Produces
    @Singleton
    OutboxRelay webhookEvents(WebhookDeliveries deliveries, WebhooksConfig config, Clock clock, MeterRegistry meters) {
        return OutboxRelay.of("gateway-webhooks", config.outbox(),
                MongoOutboxStore.of(deliveries.collection(), config.outbox().claimLease(), clock),
                Map.of(Topics.WEBHOOKS_INBOUND, webhooksInbound), meters);
    }
}
