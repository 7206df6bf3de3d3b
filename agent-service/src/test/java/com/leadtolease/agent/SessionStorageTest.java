package com.leadtolease.agent;

import com.leadtolease.agent.domain.Awaiting;
import com.leadtolease.agent.repository.SessionRepository;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.leadtolease.agent.GuidedConversationTest.call;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/** What the session asks for is stored under the lower-case names sessions were saved with before it was an enum. */
@QuarkusTest
class SessionStorageTest {

    @Inject
    SessionRepository sessions;

    @Test
    void awaitingIsStoredAndReadUnderItsStoredName() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        Document stored = sessions.mongoCollection().withDocumentClass(Document.class).find(eq("_id", sessionId))
                .first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("awaiting")).isEqualTo("basics");
        assertThat(sessions.findById(sessionId).awaiting).isEqualTo(Awaiting.BASICS);

        sessions.mongoCollection().withDocumentClass(Document.class)
                .updateOne(eq("_id", sessionId), new Document("$set", new Document("awaiting", "move_date")));
        assertThat(sessions.findById(sessionId).awaiting).isEqualTo(Awaiting.MOVE_DATE);
    }
}
