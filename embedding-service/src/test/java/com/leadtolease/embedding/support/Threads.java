package com.leadtolease.embedding.support;

import com.leadtolease.testing.KafkaTestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.contracts.ingestion.ThreadIngestedData.IngestedMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Ingested threads as ingestion-service publishes them on threads.ingested. */
public final class Threads {

    private Threads() {
    }

    public static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A thread whose messages alternate lead / agent, one minute apart from {@code start}. */
    public static ThreadIngestedData thread(String threadId, String stage, Instant start, String... texts) {
        List<IngestedMessage> messages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            messages.add(new IngestedMessage(threadId + "-m" + i, i, i % 2 == 0 ? "lead" : "agent", texts[i],
                    start.plusSeconds(60L * i), stage));
        }
        Instant last = start.plusSeconds(60L * Math.max(0, texts.length - 1));
        return new ThreadIngestedData(threadId, "csv", "history.csv", stage, texts.length, start, last,
                "summary of " + threadId, "hash-" + String.join("|", texts).hashCode(), messages);
    }

    /** Publishes the thread as a binary CloudEvent (ce_* headers, JSON value, key = thread id). */
    public static void publish(ObjectMapper mapper, String eventId, ThreadIngestedData thread) {
        String json;
        try {
            json = mapper.writeValueAsString(thread);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        KafkaTestClient.sendCloudEvent("/ingestion-service", Topics.THREADS_INGESTED, thread.threadId(), eventId, EventTypes.THREAD_INGESTED,
                thread.threadId(), Instant.parse("2030-05-01T12:00:00Z"), json);
    }
}
