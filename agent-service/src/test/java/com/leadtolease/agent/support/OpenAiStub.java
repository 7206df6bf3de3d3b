package com.leadtolease.agent.support;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A real HTTP server (WireMock) standing in for an OpenAI-compatible endpoint; tests script its
 * {@code /v1/chat/completions} answers (plain text or {@code tool_calls}).
 */
public class OpenAiStub implements QuarkusTestResourceLifecycleManager {

    public static final String COMPLETIONS = "/v1/chat/completions";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return Map.of("quarkus.langchain4j.openai.base-url", server.baseUrl() + "/v1/",
                "agent.llm.base-url", server.baseUrl() + "/v1/");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectOpenAi.class,
                WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A chat completion whose answer is text. */
    public static ResponseDefinitionBuilder says(String content) {
        return completion(Map.of("role", "assistant", "content", content), "stop");
    }

    /** A chat completion asking for one tool call. */
    public static ResponseDefinitionBuilder callsTool(String callId, String tool, String argumentsJson) {
        Map<String, Object> call = Map.of("id", callId, "type", "function",
                "function", Map.of("name", tool, "arguments", argumentsJson));
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("role", "assistant");
        message.put("content", null);
        message.put("tool_calls", List.of(call));
        return completion(message, "tool_calls");
    }

    private static ResponseDefinitionBuilder completion(Map<String, Object> message, String finishReason) {
        Map<String, Object> choice = new java.util.LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", finishReason);
        Map<String, Object> body = Map.of("id", "chatcmpl-test", "object", "chat.completion", "created", 1700000000,
                "model", "gpt-4o-mini", "choices", List.of(choice),
                "usage", Map.of("prompt_tokens", 10, "completion_tokens", 5, "total_tokens", 15));
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(BookingFixtures.json(body));
    }
}
