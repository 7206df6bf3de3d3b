package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.AuditEntry;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/audit} answers: a page of entries, newest first, and the cursor of the next. */
public final class AuditViews {

    private AuditViews() {
    }

    /** @param nextCursor null on the last page */
    public record Page(List<Entry> entries, String nextCursor) {
    }

    /**
     * @param type    message_in, message_out, tool_call, guardrail, operator, action, booking, lead, notification,
     *                token_issued, data_export, erasure, handoff, llm_fallback
     * @param name    what within the type: the tool, the guardrail kind, the action or tour change
     * @param summary PII-redacted, at most 200 characters
     */
    public record Entry(String id, String type, String name, String service, String actor, String leadId,
                        String sessionId, String summary, String detail, String outcome, Long durationMs,
                        Instant at) {

        static Entry of(AuditEntry entry) {
            return new Entry(entry.id, entry.kind, entry.name, entry.service == null ? "agent-service" : entry.service,
                    entry.actor, entry.leadId, entry.sessionId, entry.summary, entry.detail, entry.outcome,
                    entry.durationMs, entry.at);
        }
    }
}
