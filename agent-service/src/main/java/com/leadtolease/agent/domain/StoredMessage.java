package com.leadtolease.agent.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A message as stored in {@code messages}, the same shape ingestion-service writes: personal data replaced by
 * placeholders in {@code cleanText} and kept only as keyed hashes in {@code piiHashes}. Source "live".
 */
@MongoEntity(collection = "messages")
public class StoredMessage {
    @BsonId
    public String id;
    public String threadId;
    public int turnIndex;
    /** lead | agent */
    public String role;
    public String cleanText;
    public Instant timestamp;
    public String stage;
    public Integer budget;
    public Integer bedrooms;
    public LocalDate moveDate;
    public List<String> pets;
    public List<String> areas;
    public List<String> preferences;
    public Map<String, List<String>> piiHashes;
    public String source;
}
