package com.leadtolease.booking.messaging;

import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.OutboxEntry;
import com.leadtolease.booking.domain.Tour;
import com.leadtolease.booking.repository.TourRepository;
import com.leadtolease.contracts.EventEnvelope;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the events waiting in tour outboxes to {@code bookings.events} and removes each one only after Kafka
 * acknowledged it. A crash between the acknowledgement and the removal publishes the event again with the same
 * CloudEvent id, which consumers deduplicate on. Rounds run one at a time on a single thread; a round is started
 * by the timer and right after every write.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final TourRepository tours;
    private final MutinyEmitter<String> emitter;
    private final BookingConfig config;
    private final Counter published;
    private final AtomicBoolean paused = new AtomicBoolean();
    private final AtomicBoolean roundQueued = new AtomicBoolean();
    private ScheduledExecutorService worker;

    OutboxRelay(TourRepository tours, @Channel("bookings-events") MutinyEmitter<String> emitter, BookingConfig config,
                MeterRegistry meters) {
        this.tours = tours;
        this.emitter = emitter;
        this.config = config;
        this.published = meters.counter("booking.outbox.published");
    }

    @PostConstruct
    void init() {
        paused.set(!config.outbox().relayEnabled());
        worker = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "outbox-relay"));
    }

    /** Own timer: the Quarkus scheduler does not go below one second. Started by a default-priority observer,
     * i.e. after the messaging library has wired the Kafka channel (injecting the emitter earlier fails). */
    void onStart(@Observes StartupEvent event) {
        long interval = config.outbox().relayEvery().toMillis();
        worker.scheduleWithFixedDelay(this::poke, interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Asks for a round soon; calls while one is already queued collapse into it. */
    public void poke() {
        if (!paused.get() && roundQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                roundQueued.set(false);
                publishPending();
            });
        }
    }

    /** Stops publishing after the event in flight; events keep accumulating in the outboxes. */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
        poke();
    }

    /** One round: every waiting event of up to batch-size tours, each tour's events in order. Returns how many were published. */
    int publishPending() {
        int count = 0;
        try {
            for (Tour tour : tours.findWithUnpublishedEvents(config.outbox().batchSize())) {
                for (OutboxEntry entry : tour.outbox) {
                    if (paused.get()) {
                        return count;
                    }
                    publish(tour.id, entry);
                    tours.removeFromOutbox(tour.id, entry.eventId);
                    published.increment();
                    count++;
                }
            }
        } catch (RuntimeException e) {
            // Kafka or Mongo unavailable: stop this round, the entries stay and the next round retries them.
            LOG.warnf("Outbox relay round stopped after %d events: %s", count, e.toString());
        }
        return count;
    }

    private void publish(String tourId, OutboxEntry entry) {
        EventEnvelope<String> envelope = new EventEnvelope<>(entry.eventId, entry.type, entry.source, tourId, entry.time,
                entry.payload);
        emitter.sendMessage(envelope.toMessage()).await().atMost(config.outbox().sendTimeout());
    }
}
