package com.leadtolease.ingestion.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.quarkus.arc.Arc;

/** Direct access to the service's database, for checking what is (not) stored beyond the API. */
public final class MongoPeek {

    private MongoPeek() {
    }

    public static MongoDatabase db() {
        return Arc.container().instance(MongoClient.class).get().getDatabase("ingestion");
    }
}
