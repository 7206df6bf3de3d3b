package com.leadtolease.agent.repository;

import com.mongodb.MongoException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** The indexes the agent's queries need; created at startup (idempotent). No TTL index: expiry is our own job. */
@ApplicationScoped
public class MongoIndexes {

    private static final Logger LOG = Logger.getLogger(MongoIndexes.class);

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
        uniqueWhereSet("email");
        uniqueWhereSet("phoneKey");
        // The CRM API's lead list and its cursor.
        leads.mongoCollection().createIndex(Indexes.ascending("updatedAt", "_id"));
        var messageCollection = messages.mongoCollection();
        messageCollection.createIndex(Indexes.ascending("threadId", "turnIndex"));
        messageCollection.createIndex(Indexes.compoundIndex(Indexes.ascending("stage"), Indexes.descending("timestamp")));
        messageCollection.createIndex(Indexes.ascending("role"));
        audit.mongoCollection().createIndex(Indexes.ascending("sessionId", "at"));
        // GET /api/audit: newest first, by lead or type.
        audit.mongoCollection().createIndex(Indexes.descending("at", "_id"));
        audit.mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("leadId"),
                Indexes.descending("at")));
        audit.mongoCollection().createIndex(Indexes.compoundIndex(Indexes.ascending("kind"),
                Indexes.descending("at")));
    }

    /**
     * One lead per email and per phone, so two concurrent upserts cannot create two. Sparse works as a partial index
     * here: the document codec leaves null fields out, and the embedded dev store knows no partial indexes. A store
     * already holding duplicates keeps working without the constraint, saying so.
     */
    private void uniqueWhereSet(String field) {
        try {
            leads.mongoCollection().createIndex(Indexes.ascending(field), new IndexOptions().unique(true).sparse(true));
        } catch (MongoException e) {
            // Not the message: it quotes the duplicate value, an email or phone.
            LOG.errorf("Leads are not unique by %s (error %d): merge the duplicates, then restart", field, e.getCode());
        }
    }

}
