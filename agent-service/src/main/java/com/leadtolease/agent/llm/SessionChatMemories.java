package com.leadtolease.agent.llm;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.repository.MongoChatMemoryStore;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import jakarta.enterprise.context.ApplicationScoped;

/** Per-session chat memory for the AI service: a bounded message window over the Mongo store (id = session id). */
@ApplicationScoped
public class SessionChatMemories implements ChatMemoryProvider {

    private final MongoChatMemoryStore store;
    private final int window;

    SessionChatMemories(MongoChatMemoryStore store, AgentConfig config) {
        this.store = store;
        this.window = config.llm().memoryWindow();
    }

    @Override
    public ChatMemory get(Object sessionId) {
        return MessageWindowChatMemory.builder().id(sessionId).maxMessages(window).chatMemoryStore(store).build();
    }
}
