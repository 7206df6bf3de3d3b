package com.leadtolease.gateway;

import com.leadtolease.testing.AuthKeysResource;
import com.leadtolease.testing.KafkaBrokerResource;
import com.leadtolease.testing.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against real Kafka and Mongo-wire servers a stubbed booking-service and a fresh signing key. */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(BookingServiceStub.class)
@QuarkusTestResource(AuthKeysResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
