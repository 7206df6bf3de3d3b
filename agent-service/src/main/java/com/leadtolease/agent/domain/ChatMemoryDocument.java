package com.leadtolease.agent.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** The LLM's chat memory of one session (its id): the message window as langchain4j's JSON. */
@MongoEntity(collection = "chat_memory")
public class ChatMemoryDocument {
    @BsonId
    public String id;
    public String messagesJson;
    public int messageCount;
    public Instant updatedAt;
}
