package com.leadtolease.agent.repository;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The indexes the agent's queries need; created at startup (idempotent). No TTL index: expiry is our own job. */
@ApplicationScoped
public class MongoIndexes {

    private final SessionRepository sessions;
    private final TurnRepository turns;
    private final LeadRepository leads;
    private final MessageRepository messages;
    private final AuditRepository audit;

    MongoIndexes(SessionRepository sessions, TurnRepository turns, LeadRepository leads, MessageRepository messages,
                 AuditRepository audit) {
        this.sessions = sessions;
        this.turns = turns;
        this.leads = leads;
        this.messages = messages;
        this.audit = audit;
    }

    void create(@Observes StartupEvent event) {
        sessions.mongoCollection().createIndex(Indexes.ascending("status", "lastActivityAt"));
        leads.mongoCollection().createIndex(Indexes.ascending("email"), new IndexOptions().sparse(true));
        leads.mongoCollection().createIndex(Indexes.ascending("phoneKey"), new IndexOptions().sparse(true));
        var messageCollection = messages.mongoCollection();
        messageCollection.createIndex(Indexes.ascending("threadId", "turnIndex"));
        messageCollection.createIndex(Indexes.compoundIndex(Indexes.ascending("stage"), Indexes.descending("timestamp")));
        messageCollection.createIndex(Indexes.ascending("role"));
        audit.mongoCollection().createIndex(Indexes.ascending("sessionId", "at"));
    }

}
