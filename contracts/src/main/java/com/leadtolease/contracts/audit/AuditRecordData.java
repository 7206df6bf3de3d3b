package com.leadtolease.contracts.audit;

import java.time.Instant;
import java.util.Map;

/**
 * Payload of {@code audit.events} type {@code AUDIT_RECORDED} (key = lead id, else session id, else subject id):
 * something only one service saw, for agent-service's audit log. Never carries a secret, a token or raw personal data;
 * the audit consumer redacts the summary again before it stores it.
 *
 * @param auditId    unique per record (the consumer stores each once)
 * @param service    the service that saw it (chat-gateway, agent-service)
 * @param type       the audit type: token_issued, data_export, tool_call, guardrail, operator
 * @param actor      who did it: a client id, an operator's username, "agent"
 * @param subjectId  what it was about when not a lead or session (a client id for a token)
 * @param summary    one line for people, without personal data
 * @param details    small key/value facts (scopes, tool name, outcome)
 */
public record AuditRecordData(String auditId, String service, String type, String actor, String leadId,
                              String sessionId, String subjectId, String summary, Map<String, String> details,
                              Instant occurredAt) {

    public static final String TYPE_TOKEN_ISSUED = "token_issued";
    public static final String TYPE_DATA_EXPORT = "data_export";
}
