package com.leadtolease.gateway.service;

import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.repository.ReplyLog;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ChatRetentionTest {

    @Inject
    ChatRetention retention;
    @Inject
    ChatSessionRepository sessions;
    @Inject
    ReplyLog replies;
    @Inject
    MongoClient mongo;

    @Test
    void aSessionWithoutAReplyForLongerThanTheRetentionIsDeletedWithItsLogs() {
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        sessions.create("retention-idle", null, threeDaysAgo);
        replies.append("retention-idle", "retention-idle/r1", seq -> "{\"seq\":" + seq + "}");
        gateway().getCollection("chat_sessions").updateOne(eq("_id", "retention-idle"),
                Updates.set("lastActiveAt", Date.from(threeDaysAgo)));
        sessions.create("retention-active", null, threeDaysAgo);
        replies.append("retention-active", "retention-active/r1", seq -> "{\"seq\":" + seq + "}");

        sessions.createInvited("retention-invited", null, threeDaysAgo, Instant.now().plus(Duration.ofDays(11)));
        sessions.createInvited("retention-invited-expired", null, threeDaysAgo, Instant.now().minusSeconds(1));

        gateway().getCollection("chat_sessions").insertOne(new Document("_id", "retention-legacy")
                .append("createdAt", Date.from(threeDaysAgo)).append("lastSeq", 0L));

        assertThat(retention.purgeInactive(Instant.now())).isEqualTo(3);
        assertThat(sessions.contains("retention-invited"))
                .as("an invited lead's conversation waits for its invite link, reply or not").isTrue();
        assertThat(sessions.contains("retention-invited-expired")).isFalse();
        assertThat(gateway().getCollection("chat_sessions").countDocuments(eq("_id", "retention-legacy")))
                .as("a session stored before lastActiveAt existed counts from its creation").isZero();

        assertThat(sessions.propertyId("retention-idle")).isEmpty();
        assertThat(gateway().getCollection("chat_sessions").countDocuments(eq("_id", "retention-idle"))).isZero();
        assertThat(gateway().getCollection("chat_replies").countDocuments(eq("sessionId", "retention-idle"))).isZero();

        assertThat(gateway().getCollection("chat_sessions").countDocuments(eq("_id", "retention-active")))
                .as("a reply keeps a session alive, however old it is").isEqualTo(1);
        assertThat(replies.after("retention-active", 0)).hasSize(1);
    }

    private MongoDatabase gateway() {
        return mongo.getDatabase("gateway");
    }
}
