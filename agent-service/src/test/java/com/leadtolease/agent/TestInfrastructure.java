package com.leadtolease.agent;

import com.leadtolease.agent.support.BookingServiceStub;
import com.leadtolease.agent.support.EmbeddingServiceStub;
import com.leadtolease.agent.support.GatewayTokenStub;
import com.leadtolease.testing.AuthKeysResource;
import com.leadtolease.testing.KafkaBrokerResource;
import com.leadtolease.testing.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest of this module runs against a real in-JVM Kafka broker and Mongo-wire server, with WireMock
 * standing in for booking-service, embedding-service and the gateway's token endpoint; tokens are signed with
 * {@link AuthKeysResource}'s test key.
 */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(BookingServiceStub.class)
@QuarkusTestResource(EmbeddingServiceStub.class)
@QuarkusTestResource(GatewayTokenStub.class)
@QuarkusTestResource(AuthKeysResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
