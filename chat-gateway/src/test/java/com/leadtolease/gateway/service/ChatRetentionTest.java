package com.leadtolease.gateway.service;

import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.repository.PublishedMessages;
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
    PublishedMessages published;
    @Inject
    MongoClient mongo;

    @Test
    void aSessionWithoutAReplyForLongerThanTheRetentionIsDeletedWithItsLogs() {
        Instant threeDaysAgo = Instant.now().minus(Duration.ofDays(3));
        sessions.create("retention-idle", null, threeDaysAgo);
        replies.append("retention-idle", "retention-idle/r1", seq -> "{\"seq\":" + seq + "}");
        published.record("retention-idle", "m1");
        gateway().getCollection("chat_sessions").updateOne(eq("_id", "retention-idle"),
                Updates.set("lastActiveAt", Date.from(threeDaysAgo)));
        sessions.create("retention-active", null, threeDaysAgo);
        replies.append("retention-active", "retention-active/r1", seq -> "{\"seq\":" + seq + "}");
        published.record("retention-active", "m1");

        gateway().getCollection("chat_sessions").insertOne(new Document("_id", "retention-legacy")
                .append("createdAt", Date.from(threeDaysAgo)).append("lastSeq", 0L));

        assertThat(retention.purgeInactive(Instant.now())).isEqualTo(2);
        assertThat(gateway().getCollection("chat_sessions").countDocuments(eq("_id", "retention-legacy")))
                .as("a session stored before lastActiveAt existed counts from its creation").isZero();

        assertThat(sessions.propertyId("retention-idle")).isEmpty();
        assertThat(gateway().getCollection("chat_sessions").countDocuments(eq("_id", "retention-idle"))).isZero();
        assertThat(replies.after("retention-idle", 0)).isEmpty();
        assertThat(published.contains("retention-idle", "m1")).isFalse();

        assertThat(gateway().getCollection("chat_sessions").countDocuments(eq("_id", "retention-active")))
                .as("a reply keeps a session alive, however old it is").isEqualTo(1);
        assertThat(replies.after("retention-active", 0)).hasSize(1);
        assertThat(published.contains("retention-active", "m1")).isTrue();
    }

    private MongoDatabase gateway() {
        return mongo.getDatabase("gateway");
    }
}
