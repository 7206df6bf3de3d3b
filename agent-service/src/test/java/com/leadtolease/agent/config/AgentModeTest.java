package com.leadtolease.agent.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentModeTest {

    @Test
    void autoIsLlmOnlyWhenAnEndpointOrKeyIsConfigured() {
        assertThat(AgentMode.llm("auto", false)).isFalse();
        assertThat(AgentMode.llm("auto", true)).isTrue();
        assertThat(AgentMode.llm("guided", true)).isFalse();
        assertThat(AgentMode.llm("LLM", false)).isTrue();
        assertThatThrownBy(() -> AgentMode.llm("smart", true)).isInstanceOf(IllegalArgumentException.class);
    }
}
