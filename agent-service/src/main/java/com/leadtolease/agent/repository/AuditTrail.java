package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.metrics.AgentMeters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.UUID;

/**
 * Writes what agent-service itself sees to {@code audit_log}: every guardrail hit, tool call, hand-off, staff reply or
 * release, export and erasure, straight into the log in the request that does it (the audit consumer lives in this
 * service, so a round trip over audit.events would add only delay). Details never carry raw personal data. Tool
 * calls and guardrail hits are counted on /q/metrics as they are audited ({@link AgentMeters}).
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditRepository repository;
    private final Clock clock;
    private final AgentMeters meters;

    AuditTrail(AuditRepository repository, Clock clock, AgentMeters meters) {
        this.repository = repository;
        this.clock = clock;
        this.meters = meters;
    }

    public void toolCall(String sessionId, String operation, String detail, String outcome, long durationMs) {
        AuditEntry entry = entry(sessionId, AuditEntry.TOOL_CALL, operation, detail);
        entry.outcome = outcome;
        entry.durationMs = durationMs;
        repository.persist(entry);
        meters.toolCall(operation, outcome);
    }

    public void guardrail(String sessionId, String kind, String rule, boolean handoff) {
        AuditEntry entry = entry(sessionId, AuditEntry.GUARDRAIL, kind, "rule=" + rule);
        entry.outcome = handoff ? "refused_and_handed_off" : "refused";
        repository.persist(entry);
        meters.guardrailHit(kind, rule);
    }

    /** An LLM turn answered by guided mode (model error, timeout, tool loop over its bound). */
    public void llmFallback(String sessionId, String reason, boolean afterToolActions) {
        AuditEntry entry = entry(sessionId, AuditEntry.LLM_FALLBACK, "llm_fallback", reason);
        entry.outcome = afterToolActions ? "answered_from_tool_results" : "answered_by_guided_policy";
        repository.persist(entry);
    }

    public void handoff(String sessionId, String reason) {
        repository.persist(entry(sessionId, AuditEntry.HANDOFF, "handoff", reason));
    }

    /** A staff member replied in, or released, the conversation ({@code what}); the detail names them. */
    public void operator(String sessionId, String what, String operator) {
        repository.persist(entry(sessionId, AuditEntry.OPERATOR, what, "operator=" + operator));
    }

    /**
     * A person's data was erased: which lead, which request and who asked (a token subject). Kept after the erasure,
     * no personal data; written under the erasure's id, so a repeated request leaves one entry.
     */
    public void erasure(String leadId, String erasureId, String requestedBy) {
        AuditEntry entry = entry(null, AuditEntry.ERASURE, "lead_erased",
                "lead=" + leadId + " erasure=" + erasureId + " requestedBy=" + requestedBy);
        entry.id = "erasure-" + erasureId;
        entry.leadId = leadId;
        entry.actor = requestedBy;
        entry.outcome = "erased";
        repository.persistOrUpdate(entry);
    }

    /** A person's data was exported (GET /api/leads/{id}/data) by {@code requestedBy}, a token subject. */
    public void export(String leadId, String requestedBy) {
        AuditEntry entry = entry(null, AuditEntry.EXPORT, "lead_data", "lead=" + leadId);
        entry.leadId = leadId;
        entry.actor = requestedBy;
        entry.summary = "Data of lead " + leadId + " exported";
        entry.outcome = "exported";
        repository.persist(entry);
    }

    private AuditEntry entry(String sessionId, String kind, String name, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID().toString();
        entry.sessionId = sessionId;
        entry.kind = kind;
        entry.name = name;
        entry.detail = detail;
        entry.at = clock.instant();
        return entry;
    }
}
