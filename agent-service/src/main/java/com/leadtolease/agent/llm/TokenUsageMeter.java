package com.leadtolease.agent.llm;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.metrics.AgentMeters;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.output.TokenUsage;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts every model answer's prompt and completion tokens and their estimated cost (quarkus-langchain4j calls it). */
@ApplicationScoped
public class TokenUsageMeter implements ChatModelListener {

    private final AgentMeters meters;
    private final AgentConfig.Llm config;

    TokenUsageMeter(AgentMeters meters, AgentConfig config) {
        this.meters = meters;
        this.config = config.llm();
    }

    @Override
    public void onResponse(ChatModelResponseContext context) {
        TokenUsage usage = context.chatResponse().tokenUsage();
        if (usage == null) {
            return;
        }
        int prompt = orZero(usage.inputTokenCount());
        int completion = orZero(usage.outputTokenCount());
        double cost = prompt / 1000.0 * config.pricePer1kPromptTokens()
                + completion / 1000.0 * config.pricePer1kCompletionTokens();
        String model = context.chatResponse().modelName();
        meters.llmUsage(model == null ? "unknown" : model, prompt, completion, cost);
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
