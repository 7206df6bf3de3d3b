package com.leadtolease.ingestion.rest;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Stored thread and message documents as the API shows them (camelCase, ISO-8601 UTC timestamps). */
final class ThreadViews {

    private ThreadViews() {
    }

    record LeadProfileView(String nameHash, String emailHash, String phoneHash, Integer budget, String moveDate,
                           List<String> preferredAreas, List<String> pets, Integer bedrooms) {
    }

    record ThreadSummaryView(String threadId, String source, String sourceFile, String sourceThreadId, String stage,
                             List<String> labels, int messageCount, Instant firstMessageTs, Instant lastMessageTs,
                             String summary, LeadProfileView leadProfile, String contentHash, Instant ingestedAt) {
    }

    record EntitiesView(Integer budget, String moveDate, Integer bedrooms, List<String> pets, List<String> areas,
                        List<String> preferences) {
    }

    record MessageView(String messageId, int turnIndex, String role, String text, String cleanText, Instant timestamp,
                       String stage, double stageConfidence, EntitiesView entities,
                       Map<String, Object> piiHashes, long sourceLine) {
    }

    record ThreadDetailView(ThreadSummaryView thread, List<MessageView> messages) {
    }

    record ThreadPage(List<ThreadSummaryView> items, int page, int size, long total) {
    }

    static ThreadSummaryView summary(Document d) {
        Document p = d.get("lead_profile", Document.class);
        LeadProfileView profile = p == null ? null : new LeadProfileView(p.getString("name_hash"),
                p.getString("email_hash"), p.getString("phone_hash"), p.getInteger("budget"), p.getString("move_date"),
                p.getList("preferred_areas", String.class), p.getList("pets", String.class), p.getInteger("bedrooms"));
        return new ThreadSummaryView(d.getString("_id"), d.getString("source"), d.getString("source_file"),
                d.getString("source_thread_id"), d.getString("stage"), d.getList("labels", String.class),
                d.getInteger("message_count", 0), instant(d.getDate("first_message_ts")),
                instant(d.getDate("last_message_ts")), d.getString("summary"), profile, d.getString("content_hash"),
                instant(d.getDate("ingested_at")));
    }

    static MessageView message(Document d) {
        Document e = d.get("entities", Document.class);
        EntitiesView entities = e == null ? null : new EntitiesView(e.getInteger("budget"), e.getString("move_date"),
                e.getInteger("bedrooms"), e.getList("pets", String.class), e.getList("areas", String.class),
                e.getList("preferences", String.class));
        Document hashes = d.get("pii_hashes", Document.class);
        return new MessageView(d.getString("_id"), d.getInteger("turn_index"), d.getString("role"),
                d.getString("text"), d.getString("clean_text"), instant(d.getDate("timestamp")), d.getString("stage"),
                d.getDouble("stage_confidence"), entities, hashes == null ? Map.of() : hashes,
                d.get("source_line", Number.class).longValue());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
