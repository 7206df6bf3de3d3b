package com.leadtolease.ingestion.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.contracts.ingestion.ThreadIngestedData.IngestedMessage;
import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.leadtolease.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code threads.ingested} event of a stored thread, ready for the thread document's outbox. A thread whose
 * event would be larger than {@code ingestion.events.max-size} is published as several events, its messages divided
 * between them in turn order, each marked part i of n and keyed by the thread id (so they stay in order).
 */
@ApplicationScoped
public class ThreadEvents {

    public static final String SOURCE = "/ingestion-service";
    /** Room for the widest part / parts numbers, which a part's size is measured without. */
    private static final int PART_FIELDS_BYTES = 64;

    private final ObjectMapper json;
    private final int maxSize;

    public ThreadEvents(ObjectMapper json, IngestionConfig config) {
        this.json = json;
        this.maxSize = config.events().maxSize();
    }

    public List<OutboxEvent> threadIngested(ProcessedThread thread) {
        ThreadIngestedData whole = new ThreadIngestedData(thread.threadId(), thread.source(), thread.sourceFile(),
                thread.stage(), thread.messages().size(), thread.firstMessageAt(), thread.lastMessageAt(),
                thread.summary(), thread.contentHash(),
                thread.messages().stream().map(m -> new IngestedMessage(m.id(), m.turnIndex(),
                        m.role(), m.cleanText(), m.timestamp(), m.stage())).toList());
        String payload = write(whole);
        if (bytes(payload) <= maxSize) {
            return List.of(event(thread.threadId(), payload));
        }
        List<List<IngestedMessage>> slices = slices(whole);
        List<OutboxEvent> events = new ArrayList<>(slices.size());
        for (int i = 0; i < slices.size(); i++) {
            events.add(event(thread.threadId(), write(whole.asPart(i + 1, slices.size(), slices.get(i)))));
        }
        return events;
    }

    /**
     * The messages cut into consecutive slices whose part payload stays within the limit. A single message larger
     * than that gets a part of its own, which the broker refuses and the relay parks.
     */
    private List<List<IngestedMessage>> slices(ThreadIngestedData whole) {
        int envelope = bytes(write(whole.asPart(1, 1, List.of()))) + PART_FIELDS_BYTES;
        List<List<IngestedMessage>> slices = new ArrayList<>();
        List<IngestedMessage> current = new ArrayList<>();
        long size = envelope;
        for (IngestedMessage message : whole.messages()) {
            int messageSize = bytes(write(message)) + 1;
            if (!current.isEmpty() && size + messageSize > maxSize) {
                slices.add(current);
                current = new ArrayList<>();
                size = envelope;
            }
            current.add(message);
            size += messageSize;
        }
        slices.add(current);
        return slices;
    }

    private static OutboxEvent event(String threadId, String payload) {
        return OutboxEvent.of(Topics.THREADS_INGESTED,
                EventEnvelope.create(EventTypes.THREAD_INGESTED, SOURCE, threadId, payload));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a threads.ingested event", e);
        }
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
