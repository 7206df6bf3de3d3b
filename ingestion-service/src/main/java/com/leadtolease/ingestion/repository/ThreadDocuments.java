package com.leadtolease.ingestion.repository;

import com.leadtolease.ingestion.domain.LeadProfile;
import com.leadtolease.ingestion.domain.MessageEntities;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.platform.outbox.OutboxEventDocuments;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.leadtolease.ingestion.domain.RawMessage;
import com.leadtolease.ingestion.domain.StoredMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * Domain records to MongoDB documents (snake_case fields, shapes of DESIGN.md). {@code text} and
 * {@code clean_text} of a message are both the redacted text: the original lives only in raw_messages.
 */
final class ThreadDocuments {

    static final String STAGING = "staging";
    static final String COMMITTED = "committed";

    private ThreadDocuments() {
    }

    static Document thread(ProcessedThread thread, String jobId, Instant now, List<OutboxEvent> events) {
        return new Document("_id", thread.threadId())
                .append("thread_id", thread.threadId())
                .append("content_hash", thread.contentHash())
                .append("source", thread.source())
                .append("source_file", thread.sourceFile())
                .append("source_thread_id", thread.sourceThreadId())
                .append("lead_profile", leadProfile(thread.leadProfile()))
                .append("labels", thread.labels())
                .append("stage", thread.stage())
                .append("message_count", thread.messages().size())
                .append("first_message_ts", date(thread.firstMessageAt()))
                .append("last_message_ts", date(thread.lastMessageAt()))
                .append("summary", thread.summary())
                .append("ingested_at", date(now))
                .append("job_id", jobId)
                .append("status", STAGING)
                .append("outbox", events.stream().map(OutboxEventDocuments::toDocument).toList());
    }

    static Document message(StoredMessage m, String jobId) {
        return new Document("_id", m.id())
                .append("thread_id", m.threadId())
                .append("turn_index", m.turnIndex())
                .append("role", m.role())
                .append("text", m.cleanText())
                .append("clean_text", m.cleanText())
                .append("timestamp", date(m.timestamp()))
                .append("stage", m.stage())
                .append("stage_confidence", m.stageConfidence())
                .append("entities", entities(m.entities()))
                .append("pii_hashes", new Document(m.piiHashes()))
                .append("source", m.source())
                .append("source_file", m.sourceFile())
                .append("source_line", m.sourceLine())
                .append("job_id", jobId);
    }

    static Document raw(RawMessage r, String jobId) {
        return new Document("_id", r.id())
                .append("thread_id", r.threadId())
                .append("turn_index", r.turnIndex())
                .append("source_line", r.sourceLine())
                .append("role_label", r.roleLabel())
                .append("raw_timestamp", r.rawTimestamp())
                .append("text_storage", r.textStorage())
                .append("text", r.text())
                .append("job_id", jobId);
    }

    private static Document leadProfile(LeadProfile p) {
        return new Document("name_hash", p.nameHash())
                .append("email_hash", p.emailHash())
                .append("phone_hash", p.phoneHash())
                .append("budget", p.budget())
                .append("move_date", isoDate(p.moveDate()))
                .append("preferred_areas", p.preferredAreas())
                .append("pets", p.pets())
                .append("bedrooms", p.bedrooms());
    }

    private static Document entities(MessageEntities e) {
        return new Document("budget", e.budget())
                .append("move_date", isoDate(e.moveDate()))
                .append("bedrooms", e.bedrooms())
                .append("pets", e.pets())
                .append("areas", e.areas())
                .append("preferences", e.preferences());
    }

    private static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
