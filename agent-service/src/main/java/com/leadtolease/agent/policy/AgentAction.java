package com.leadtolease.agent.policy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Something the agent did or the prospect asked for, shown in the reply's {@code actions}. Types schedule_tour,
 * request_docs, mark_favorite, apply_now and handoff are also published on {@code agent.actions} under
 * {@code idempotencySeed}.
 */
public record AgentAction(String type, String propertyId, Map<String, String> details, String idempotencySeed) {

    public static final String SCHEDULE_TOUR = "schedule_tour";
    public static final String RESCHEDULE_TOUR = "reschedule_tour";
    public static final String CANCEL_TOUR = "cancel_tour";
    public static final String REQUEST_DOCS = "request_docs";
    public static final String MARK_FAVORITE = "mark_favorite";
    public static final String APPLY_NOW = "apply_now";
    public static final String HANDOFF = "handoff";

    /** A hand-off, published so staff can be told (e.g. a Zapier hook); one per turn that hands off. */
    public static AgentAction handoff(String reason, int turn) {
        return new AgentAction(HANDOFF, null, Map.of("reason", reason), "handoff:" + turn);
    }

    public boolean published() {
        return idempotencySeed != null;
    }

    /** The reply's view: {type, propertyId, ...details}. */
    public Map<String, Object> toView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("type", type);
        if (propertyId != null) {
            view.put("propertyId", propertyId);
        }
        view.putAll(details);
        return view;
    }
}
