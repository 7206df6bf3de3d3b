package com.leadtolease.notification.service;

import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.repository.DeliveryRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attempts every pending delivery that is due: first attempts right after the consumer recorded them, and retries
 * once their backoff has passed. State lives only in Mongo, so retries survive restarts and any replica can take
 * them; a claim (see {@link DeliveryRepository#claimNextDue}) keeps two replicas off the same delivery.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryRepository repository;
    private final DeliveryOutcomes outcomes;
    private final SourceEventReader reader;
    private final RetryPolicy retryPolicy;
    private final NotificationConfig.Dispatch config;
    private final Map<DeliveryChannel, List<ChannelSender>> senders = new EnumMap<>(DeliveryChannel.class);

    public DeliveryDispatcher(DeliveryRepository repository, DeliveryOutcomes outcomes, SourceEventReader reader,
                              RetryPolicy retryPolicy, NotificationConfig config, Instance<ChannelSender> senders) {
        this.repository = repository;
        this.outcomes = outcomes;
        this.reader = reader;
        this.retryPolicy = retryPolicy;
        this.config = config.dispatch();
        senders.forEach(sender -> this.senders.computeIfAbsent(sender.channel(), channel -> new ArrayList<>())
                .add(sender));
    }

    @Scheduled(identity = "delivery-dispatcher", every = "${notification.dispatch.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        for (int i = 0; i < config.batchSize(); i++) {
            Instant now = Instant.now();
            Optional<Delivery> claimed = repository.claimNextDue(now, now.plus(config.claimTimeout()));
            if (claimed.isEmpty()) {
                return;
            }
            attempt(claimed.get());
        }
    }

    void attempt(Delivery delivery) {
        outcomes.record(delivery, resultOf(delivery));
    }

    private AttemptResult resultOf(Delivery delivery) {
        Instant now = Instant.now();
        if (now.isAfter(retryPolicy.giveUpAt(DeliveryOutcomes.firstAttemptOf(delivery, now)).plus(config.claimTimeout()))) {
            // Its last attempt was scheduled within the window; so late, an attempt was interrupted (or kept killing
            // the service): no further one.
            return AttemptResult.permanent("The retry window of " + retryPolicy.window()
                    + " ran out while an attempt was interrupted (the service stopped mid-send)");
        }
        NotifiableEvent event;
        try {
            event = reader.read(delivery.sourceEvent);
        } catch (InvalidEventException e) {
            return AttemptResult.permanent(e.getMessage());
        }
        try {
            NotifiableEvent read = event;
            return senders.getOrDefault(delivery.channel(), List.of()).stream().filter(sender -> sender.sends(read))
                    .findFirst().map(sender -> sender.attempt(delivery, read))
                    .orElseGet(() -> AttemptResult.permanent("No " + delivery.channel + " sender for events of type "
                            + read.envelope().type()));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Unexpected failure attempting delivery %s", delivery.id);
            return AttemptResult.retryable("Unexpected error: " + e);
        }
    }
}
