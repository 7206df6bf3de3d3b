package com.leadtolease.agent.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgentMetersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AgentMeters meters = new AgentMeters(registry);

    @Test
    void toolCallsAreCountedByToolAndAFixedSetOfOutcomes() {
        meters.toolCall("booking.book_tour", "201");
        meters.toolCall("booking.book_tour", "409");
        meters.toolCall("booking.book_tour", "unavailable: ConnectException");
        meters.toolCall("llm.book_tour", "failed: IllegalStateException");
        meters.toolCall("llm.book_tour", "no turn in progress");
        meters.toolCall("embedding.search", "found=3 quoted=1");
        meters.toolCall("embedding.search", "found=0 quoted=0");

        assertThat(count("booking.book_tour", "2xx")).isEqualTo(1.0);
        assertThat(count("booking.book_tour", "4xx")).isEqualTo(1.0);
        assertThat(count("booking.book_tour", "unavailable")).isEqualTo(1.0);
        assertThat(count("llm.book_tour", "failed")).isEqualTo(1.0);
        assertThat(count("llm.book_tour", "rejected")).isEqualTo(1.0);
        assertThat(count("embedding.search", "ok")).isEqualTo(2.0);
        assertThat(registry.find(AgentMeters.TOOL_CALLS).counters()).as("no free text in a tag").hasSize(6);
    }

    @Test
    void guardrailHitsAndRetrievalsAreCountedByRuleAndResult() {
        meters.guardrailHit("fair_housing", "steering");
        meters.guardrailHit("fair_housing", "steering");
        meters.retrieval(true);
        meters.retrieval(false);
        meters.retrieval(false);

        assertThat(registry.get(AgentMeters.GUARDRAIL_HITS).tags("kind", "fair_housing", "rule", "steering")
                .counter().count()).isEqualTo(2.0);
        assertThat(registry.get(AgentMeters.RETRIEVALS).tag("result", "hit").counter().count()).isEqualTo(1.0);
        assertThat(registry.get(AgentMeters.RETRIEVALS).tag("result", "miss").counter().count()).isEqualTo(2.0);
    }

    @Test
    void llmUsageCountsTokensByTypeAndTheEstimatedCost() {
        meters.llmUsage("gpt-4o-mini", 1200, 300, 0.00036);

        assertThat(registry.get(AgentMeters.LLM_TOKENS).tags("model", "gpt-4o-mini", "type", "prompt").counter()
                .count()).isEqualTo(1200.0);
        assertThat(registry.get(AgentMeters.LLM_TOKENS).tags("model", "gpt-4o-mini", "type", "completion").counter()
                .count()).isEqualTo(300.0);
        assertThat(registry.get(AgentMeters.LLM_COST).tag("currency", "USD").counter().count()).isEqualTo(0.00036);
    }

    private double count(String tool, String outcome) {
        return registry.get(AgentMeters.TOOL_CALLS).tags("tool", tool, "outcome", outcome).counter().count();
    }
}
