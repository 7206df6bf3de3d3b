package com.leadtolease.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedMongoTest {

    @Test
    void documentSurvivesARestartOnTheSameFile() throws Exception {
        Path file = TestDirs.create("mongo").resolve("mongo/l2l.mv");

        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> tours = client.getDatabase("booking").getCollection("tours");
            tours.insertOne(new Document("_id", "tour-1").append("status", "scheduled").append("slotId", "slot-9"));
            tours.createIndex(new Document("slotId", 1));
        }
        assertThat(file).exists();

        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document tour = client.getDatabase("booking").getCollection("tours").find(eq("_id", "tour-1")).first();
            assertThat(tour).isNotNull();
            assertThat(tour.getString("status")).isEqualTo("scheduled");
            assertThat(tour.getString("slotId")).isEqualTo("slot-9");
            assertThat(client.getDatabase("booking").listCollectionNames()).contains("tours");
        }
    }

    @Test
    void writesReachTheFileWithinACommitIntervalWhileRunning() throws Exception {
        Path file = TestDirs.create("mongo-commit").resolve("l2l.mv");
        long commitIntervalMs = 200;
        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0, commitIntervalMs);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            client.getDatabase("leads").getCollection("leads").insertOne(new Document("_id", "lead-1"));
            long deadline = System.currentTimeMillis() + 25 * commitIntervalMs;
            while (mongo.hasUnsavedChanges() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(mongo.hasUnsavedChanges()).as("committed by the store's commit thread").isFalse();
        }
    }

    @Test
    void answersAsMongo5() throws Exception {
        Path file = TestDirs.create("mongo-version").resolve("l2l.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document info = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
            assertThat(info.getString("version")).startsWith("5.0");
        }
    }
}
