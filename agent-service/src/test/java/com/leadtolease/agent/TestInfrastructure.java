package com.leadtolease.agent;

import com.leadtolease.agent.support.BookingServiceStub;
import com.leadtolease.agent.support.EmbeddingServiceStub;
import com.leadtolease.testing.KafkaBrokerResource;
import com.leadtolease.testing.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest of this module runs against a real in-JVM Kafka broker and Mongo-wire server, with WireMock
 * standing in for booking-service and embedding-service.
 */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(BookingServiceStub.class)
@QuarkusTestResource(EmbeddingServiceStub.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
