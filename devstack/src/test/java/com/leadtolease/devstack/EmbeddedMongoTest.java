package com.leadtolease.devstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
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
    void filtersNamingAnIdAlsoCheckTheirOtherConditions() throws Exception {
        Path file = TestDirs.create("mongo-id-first").resolve("l2l.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, 0);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> slots = client.getDatabase("booking").getCollection("slots");
            for (int i = 1; i <= 50; i++) {
                slots.insertOne(new Document("_id", "slot-" + i).append("remaining", i % 2).append("day", i / 10));
            }

            assertThat(slots.find(and(eq("_id", "slot-3"), gt("remaining", 0))).first()).isNotNull();
            assertThat(slots.find(and(eq("_id", "slot-4"), gt("remaining", 0))).first()).isNull();
            assertThat(slots.find(and(in("_id", List.of("slot-1", "slot-2", "slot-3", "slot-99")), gt("remaining", 0)))
                    .sort(Sorts.descending("_id")).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactly("slot-3", "slot-1");
            assertThat(slots.find(and(eq("_id", Pattern.compile("^slot-1\\d$")), gt("remaining", 0)))
                    .map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder("slot-11", "slot-13", "slot-15", "slot-17", "slot-19");
            assertThat(slots.find(and(gt("_id", "slot-48"), eq("day", 4))).map(d -> d.getString("_id"))
                    .into(new ArrayList<>())).as("a range on _id still scans, and is still right").containsExactly("slot-49");

            assertThat(slots.updateOne(and(eq("_id", "slot-4"), gt("remaining", 0)), Updates.inc("remaining", -1))
                    .getModifiedCount()).as("the condition fails: nothing claimed").isZero();
            assertThat(slots.updateOne(and(eq("_id", "slot-5"), gt("remaining", 0)), Updates.inc("remaining", -1))
                    .getModifiedCount()).isOne();
            assertThat(slots.find(eq("_id", "slot-5")).first().getInteger("remaining")).isZero();
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
