package com.leadtolease.embedding.service;

import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.repository.ManifestRepository;
import com.leadtolease.platform.messaging.EventConsumer;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a fresh start the {@code threads.ingested} consumer may run before the start-up created the first embedding
 * version: such a record waits for it and is then handled, instead of landing on {@code threads.ingested.dlq}.
 */
class VersionsTest {

    @Test
    void aRecordArrivingBeforeTheFirstVersionExistsIsHandledOnceItDoesNotDeadLettered() throws Exception {
        EmbeddingRun bootstrap = new EmbeddingRun();
        bootstrap.version = "v1";
        AtomicInteger lookups = new AtomicInteger();
        ManifestRepository manifest = new ManifestRepository() {
            @Override
            public Optional<EmbeddingRun> activeVersion() {
                // the start-up creates the version while the consumer is already waiting for it
                return lookups.incrementAndGet() < 3 ? Optional.empty() : Optional.of(bootstrap);
            }
        };
        Versions versions = new Versions(manifest, null);
        AtomicReference<String> settled = new AtomicReference<>();
        Message<String> record = Message.of("{}", () -> {
            settled.set("ack");
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            settled.set("nack: " + failure.getMessage());
            return CompletableFuture.completedFuture(null);
        });
        AtomicReference<String> embeddedInto = new AtomicReference<>();

        new EventConsumer(Logger.getLogger(VersionsTest.class), "Ingested thread").settle(record, () -> {
            embeddedInto.set(versions.active().version);
            return record.ack();
        }).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(settled.get()).isEqualTo("ack");
        assertThat(embeddedInto.get()).isEqualTo("v1");
        assertThat(lookups.get()).isEqualTo(3);
    }
}
