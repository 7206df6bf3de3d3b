package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.entities.EntityExtractor;
import com.leadtolease.text.pii.PiiKind;
import com.leadtolease.text.pii.PiiRedactor;
import com.leadtolease.text.pii.Redaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores every live message, in and out, the way ingestion-service stores historical ones: emails, phones and
 * street addresses replaced by placeholders, kept only as keyed hashes; entities for prospect messages.
 */
@ApplicationScoped
public class MessageLog {

    private static final String LEAD = "lead";
    private static final String AGENT = "agent";
    private static final String SOURCE_LIVE = "live";

    private final MessageRepository repository;
    private final PiiRedactor redactor;
    private final EntityExtractor extractor;
    private final Clock clock;

    MessageLog(MessageRepository repository, PiiRedactor redactor, EntityExtractor extractor, Clock clock) {
        this.repository = repository;
        this.redactor = redactor;
        this.extractor = extractor;
        this.clock = clock;
    }

    /**
     * One turn's messages, stored later with the turn: the prospect's (none for a greeting: {@code inboundText} null)
     * and the agent's reply (none when it said nothing, while staff hold the conversation).
     */
    public List<StoredMessage> lines(String sessionId, int inboundIndex, String inboundText, int replyIndex,
                                     String replyText, String stage, LocalDate today) {
        List<StoredMessage> turn = new ArrayList<>(2);
        if (inboundText != null) {
            turn.add(message(sessionId, inboundIndex, LEAD, inboundText, stage, today));
        }
        if (!replyText.isEmpty()) {
            turn.add(message(sessionId, replyIndex, AGENT, replyText, stage, today));
        }
        return turn;
    }

    /** Stores messages prepared with {@link #message} in one write. */
    public void save(List<StoredMessage> messages) {
        if (!messages.isEmpty()) {
            repository.persistOrUpdate(messages);
        }
    }

    /** A message as stored: PII replaced by placeholders and kept only as keyed hashes, entities for a prospect's. */
    public StoredMessage message(String sessionId, int turnIndex, String role, String text, String stage,
                                 LocalDate today) {
        Redaction redaction = redactor.redact(text);
        StoredMessage message = new StoredMessage();
        message.id = sessionId + ":" + turnIndex;
        message.threadId = sessionId;
        message.turnIndex = turnIndex;
        message.role = role;
        message.cleanText = redaction.cleanText();
        message.timestamp = clock.instant();
        message.stage = stage;
        message.source = SOURCE_LIVE;
        Map<String, List<String>> hashes = new LinkedHashMap<>();
        redaction.hashesByKind().forEach((PiiKind kind, List<String> values) -> hashes.put(kind.wireName(), values));
        message.piiHashes = hashes;
        if (LEAD.equals(role)) {
            Entities entities = extractor.extract(redaction.cleanText(), today);
            message.budget = entities.budget();
            message.bedrooms = entities.bedrooms();
            message.moveDate = entities.moveDate();
            message.pets = entities.pets();
            message.areas = entities.areas();
            message.preferences = entities.preferences();
        }
        return message;
    }
}
