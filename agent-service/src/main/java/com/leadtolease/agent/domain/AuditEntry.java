package com.leadtolease.agent.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * One audited event: a guardrail hit, a tool call (booking-service request, embedding search, LLM tool), a hand-off, an
 * LLM turn answered by guided mode or a staff member's reply. Never holds raw personal data.
 */
@MongoEntity(collection = "audit_log")
public class AuditEntry {

    public static final String GUARDRAIL = "guardrail";
    public static final String TOOL_CALL = "tool_call";
    public static final String HANDOFF = "handoff";
    public static final String LLM_FALLBACK = "llm_fallback";
    /** A staff member's reply or release of a conversation (name: reply | release). */
    public static final String OPERATOR = "operator";
    /** A person's data was erased on request (name lead_erased; the detail names the lead, request and requester). */
    public static final String ERASURE = "erasure";

    @BsonId
    public String id;
    public String sessionId;
    public String kind;
    /** guardrail: fair_housing | accommodation | prompt_injection; tool call: e.g. booking.book_tour */
    public String name;
    public String detail;
    /** tool call: HTTP status, or "unavailable" */
    public String outcome;
    public Long durationMs;
    public Instant at;
}
