package com.leadtolease.booking;

import com.leadtolease.testing.KafkaBrokerResource;
import com.leadtolease.testing.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against a real in-JVM Kafka broker and Mongo-wire server. */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
