package com.leadtolease.agent.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** A conversation thread record of a lead (POST /api/leads/threads); its messages live in {@code messages}. */
@MongoEntity(collection = "threads")
public class LeadThread {
    @BsonId
    public String id;
    public String leadId;
    public String channel;
    public int messageCount;
    public String stage;
    public Instant createdAt;
    public Instant lastMessageAt;
}
