package com.leadtolease.agent.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.regex.Pattern;

/**
 * What the agent does, for /q/metrics (docs/architecture.md "Observability"): tool calls by tool and outcome,
 * guardrail hits by rule, retrieval hits and misses, LLM tokens and their estimated cost. Tags carry names from a
 * fixed set only (tools, rules, outcome classes), never a prospect's text or ids.
 */
@ApplicationScoped
public class AgentMeters {

    public static final String TOOL_CALLS = "agent.tool.calls";
    public static final String GUARDRAIL_HITS = "agent.guardrail.hits";
    public static final String RETRIEVALS = "agent.retrievals";
    public static final String LLM_TOKENS = "agent.llm.tokens";
    public static final String LLM_COST = "agent.llm.cost.estimated";

    private static final Pattern HTTP_STATUS = Pattern.compile("[1-5]\\d\\d");

    private final MeterRegistry registry;

    AgentMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param outcome as audited: an HTTP status, "ok", "failed: …", "unavailable: …" or a result summary */
    public void toolCall(String tool, String outcome) {
        registry.counter(TOOL_CALLS, "tool", tool, "outcome", outcomeClass(outcome)).increment();
    }

    public void guardrailHit(String kind, String rule) {
        registry.counter(GUARDRAIL_HITS, "kind", kind, "rule", rule).increment();
    }

    /** A knowledge search that found something quotable (a hit) or nothing (a miss). */
    public void retrieval(boolean hit) {
        registry.counter(RETRIEVALS, "result", hit ? "hit" : "miss").increment();
    }

    /** One model answer's token usage and its estimated cost at the configured prices. */
    public void llmUsage(String model, int promptTokens, int completionTokens, double cost) {
        registry.counter(LLM_TOKENS, "model", model, "type", "prompt").increment(promptTokens);
        registry.counter(LLM_TOKENS, "model", model, "type", "completion").increment(completionTokens);
        registry.counter(LLM_COST, "model", model, "currency", "USD").increment(cost);
    }

    /** 2xx / 4xx / 5xx, failed, unavailable, rejected or ok: a small fixed set, whatever the audit detail says. */
    static String outcomeClass(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return "ok";
        }
        if (HTTP_STATUS.matcher(outcome).matches()) {
            return outcome.charAt(0) + "xx";
        }
        if (outcome.startsWith("failed")) {
            return "failed";
        }
        if (outcome.startsWith("unavailable")) {
            return "unavailable";
        }
        return outcome.startsWith("no turn") ? "rejected" : "ok";
    }
}
