package com.leadtolease.contracts;

/** Kafka topic names (DESIGN.md "Kafka topics"). The record key is always the aggregate id. */
public final class Topics {
    public static final String CHAT_INBOUND = "chat.inbound";
    public static final String CHAT_OUTBOUND = "chat.outbound";
    public static final String WEBHOOKS_INBOUND = "webhooks.inbound";
    public static final String LEADS_EVENTS = "leads.events";
    public static final String AGENT_ACTIONS = "agent.actions";
    public static final String BOOKINGS_EVENTS = "bookings.events";
    public static final String THREADS_INGESTED = "threads.ingested";
    public static final String EMBEDDINGS_EVENTS = "embeddings.events";
    public static final String NOTIFICATIONS_EVENTS = "notifications.events";
    /** What only one service sees (tool calls, guardrail hits, token issuance, exports), for the audit log. */
    public static final String AUDIT_EVENTS = "audit.events";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Records that failed after retries go to {@code <topic>.dlq}. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
