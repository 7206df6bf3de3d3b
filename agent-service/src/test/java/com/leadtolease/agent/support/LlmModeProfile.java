package com.leadtolease.agent.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** LLM mode against the OpenAI stub, with a short model timeout and a small tool-call bound. */
public class LlmModeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("agent.mode", "llm",
                "agent.llm.timeout", "2s",
                "agent.llm.max-tool-calls", "4");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenAiStub.class));
    }
}
