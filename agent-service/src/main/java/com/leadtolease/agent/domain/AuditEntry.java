package com.leadtolease.agent.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * One entry of the append-only audit log: written here (a guardrail hit, a tool call — booking-service request,
 * embedding search, LLM tool —, a hand-off, an LLM turn answered by guided mode, a staff member's reply, an export or
 * erasure) or by the audit consumer from an event of any service (messages, actions, tour changes, lead stages,
 * deliveries, tokens issued). Never holds raw personal data: summaries are PII-redacted and shortened.
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
    /** A person's data was exported (name lead_data). */
    public static final String EXPORT = "data_export";
    /** A prospect's chat message, chat start or UI action (chat.inbound). */
    public static final String MESSAGE_IN = "message_in";
    /** A reply, hand-off or refused turn sent to the chat (chat.outbound). */
    public static final String MESSAGE_OUT = "message_out";
    /** An agent action on agent.actions (name: its action type). */
    public static final String ACTION = "action";
    /** A tour change on bookings.events (name: scheduled, cancelled, …). */
    public static final String BOOKING = "booking";
    /** A lead's stage change or email request on leads.events. */
    public static final String LEAD = "lead";
    /** A notification delivery outcome on notifications.events. */
    public static final String NOTIFICATION = "notification";

    @BsonId
    public String id;
    public String sessionId;
    public String leadId;
    /** The audit type (the API's {@code type}): one of the constants above, or an audit.events record's type. */
    public String kind;
    /** The service that saw it; null for agent-service's own entries. */
    public String service;
    /** Who did it: an operator, a client id, "agent", a token subject. */
    public String actor;
    /** What happened, for people: PII-redacted, at most {@code AuditLog.SUMMARY_CHARS} characters. */
    public String summary;
    /** The CloudEvent id an entry from the audit consumer was made from (its id is derived from it). */
    public String eventId;
    /** guardrail: fair_housing | accommodation | prompt_injection; tool call: e.g. booking.book_tour */
    public String name;
    public String detail;
    /** tool call: HTTP status, or "unavailable" */
    public String outcome;
    public Long durationMs;
    public Instant at;
}
