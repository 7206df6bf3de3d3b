package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.ChatMemoryDocument;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ChatMessageDeserializer;
import dev.langchain4j.data.message.ChatMessageSerializer;
import dev.langchain4j.store.memory.chat.ChatMemoryStore;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;

/**
 * The LLM chat memory in the {@code chat_memory} collection, one document per session, so a conversation keeps its
 * memory across agent restarts and replicas. Removed when the session expires.
 */
@ApplicationScoped
public class MongoChatMemoryStore implements ChatMemoryStore, PanacheMongoRepositoryBase<ChatMemoryDocument, String> {

    private final Clock clock;

    MongoChatMemoryStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<ChatMessage> getMessages(Object memoryId) {
        return findByIdOptional(memoryId.toString())
                .map(document -> ChatMessageDeserializer.messagesFromJson(document.messagesJson))
                .orElseGet(List::of);
    }

    @Override
    public void updateMessages(Object memoryId, List<ChatMessage> messages) {
        ChatMemoryDocument document = new ChatMemoryDocument();
        document.id = memoryId.toString();
        document.messagesJson = ChatMessageSerializer.messagesToJson(messages);
        document.messageCount = messages.size();
        document.updatedAt = clock.instant();
        mongoCollection().replaceOne(Filters.eq("_id", document.id), document, new ReplaceOptions().upsert(true));
    }

    @Override
    public void deleteMessages(Object memoryId) {
        deleteById(memoryId.toString());
    }
}
