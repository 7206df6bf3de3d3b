package com.leadtolease.embedding;

import com.leadtolease.testing.AuthKeysResource;
import com.leadtolease.testing.KafkaBrokerResource;
import com.leadtolease.testing.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest of this module runs against a real in-JVM Kafka broker and Mongo-wire server, and verifies
 * tokens signed with the test key pair.
 */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(AuthKeysResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
