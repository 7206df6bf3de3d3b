package com.leadtolease.agent.domain;

import com.leadtolease.platform.outbox.OutboxEvent;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A prospect, deduplicated by email or phone; carries its unpublished {@code leads.events} in {@code outbox}. An erased
 * lead stays as a tombstone (id, stage, dates, {@link #erasure}) so a repeated erasure finds it.
 */
@MongoEntity(collection = "leads")
public class Lead {
    @BsonId
    public String id;
    public String name;
    public String email;
    public String phone;
    /** The phone as ten digits, for deduplication however it was written. */
    public String phoneKey;
    public Integer budget;
    public LocalDate moveDate;
    public Integer bedrooms;
    public List<String> pets;
    public List<String> areas = new ArrayList<>();
    public List<String> preferences = new ArrayList<>();
    public String stage;
    public boolean consentToContact;
    public List<String> sessionIds = new ArrayList<>();
    public String source;
    /** The optimistic lock: also bumped when the relay removes published events. */
    public long version;
    /** Bumped by every change of what the lead says (not by the relay): the CRM API's version and ETag. */
    public long revision;
    public Instant createdAt;
    public Instant updatedAt;
    /** Set when the person's data was erased: the lead is then a tombstone without personal data. */
    public LeadErasure erasure;
    public List<OutboxEvent> outbox = new ArrayList<>();

    public boolean erased() {
        return erasure != null;
    }
}
