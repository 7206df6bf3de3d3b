package com.leadtolease.gateway;

import com.leadtolease.testing.KafkaBrokerResource;
import com.leadtolease.testing.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module runs against real Kafka and Mongo-wire servers and a stubbed booking-service. */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(BookingServiceStub.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
