package com.leadtolease.contracts;

/** CloudEvent {@code type} values. The trailing {@code .v1} is the payload schema version. */
public final class EventTypes {
    public static final String TOUR_SCHEDULED = "com.leadtolease.booking.tour.scheduled.v1";
    public static final String TOUR_RESCHEDULED = "com.leadtolease.booking.tour.rescheduled.v1";
    public static final String TOUR_CANCELLED = "com.leadtolease.booking.tour.cancelled.v1";
    public static final String TOUR_REMINDER_DUE = "com.leadtolease.booking.tour.reminder-due.v1";
    public static final String TOUR_COMPLETED = "com.leadtolease.booking.tour.completed.v1";
    public static final String TOUR_NO_SHOW = "com.leadtolease.booking.tour.no-show.v1";

    public static final String NOTIFICATION_DELIVERED = "com.leadtolease.notification.delivered.v1";
    public static final String NOTIFICATION_FAILED = "com.leadtolease.notification.failed.v1";

    public static final String CHAT_MESSAGE_RECEIVED = "com.leadtolease.chat.message-received.v1";
    public static final String AGENT_REPLIED = "com.leadtolease.agent.replied.v1";
    public static final String OPERATOR_REPLIED = "com.leadtolease.agent.operator-replied.v1";
    public static final String HANDOFF_REQUESTED = "com.leadtolease.agent.handoff-requested.v1";
    /** A chat.inbound message the agent refused (unknown or expired session, bad input): see ChatTurnFailedData. */
    public static final String CHAT_TURN_FAILED = "com.leadtolease.agent.turn-failed.v1";
    public static final String WEBHOOK_LEAD_RECEIVED = "com.leadtolease.webhook.lead-received.v1";
    public static final String WEBHOOK_MESSAGE_RECEIVED = "com.leadtolease.webhook.message-received.v1";
    public static final String LEAD_UPSERTED = "com.leadtolease.lead.upserted.v1";
    public static final String LEAD_STAGE_CHANGED = "com.leadtolease.lead.stage-changed.v1";
    /** The agent asks for an email to a lead who came in by webhook: see LeadEmailData. */
    public static final String LEAD_EMAIL_REQUESTED = "com.leadtolease.lead.email-requested.v1";
    /** A person's data was erased on request: see LeadErasedData. */
    public static final String LEAD_ERASED = "com.leadtolease.lead.erased.v1";
    public static final String AGENT_ACTION = "com.leadtolease.agent.action.v1";
    public static final String THREAD_INGESTED = "com.leadtolease.ingestion.thread-ingested.v1";
    public static final String EMBEDDINGS_UPSERTED = "com.leadtolease.embedding.upserted.v1";
    /** Something only one service saw, for the audit log: see AuditRecordData. */
    public static final String AUDIT_RECORDED = "com.leadtolease.audit.recorded.v1";
    public static final String EMBEDDING_RUN_COMPLETED = "com.leadtolease.embedding.run-completed.v1";

    private EventTypes() {
    }
}
