package com.leadtolease.notification;

import com.leadtolease.notification.support.GreenMailResource;
import com.leadtolease.notification.support.WireMockResource;
import com.leadtolease.testing.AuthKeysResource;
import com.leadtolease.testing.KafkaBrokerResource;
import com.leadtolease.testing.MongoServerResource;
import io.quarkus.test.common.QuarkusTestResource;

/**
 * Every @QuarkusTest of this module runs against real servers inside the test JVM: a Kafka broker, a Mongo-wire
 * server, a GreenMail SMTP server and a WireMock HTTP server standing in for Zapier; tokens are verified against
 * the test key pair.
 */
@QuarkusTestResource(MongoServerResource.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(GreenMailResource.class)
@QuarkusTestResource(WireMockResource.class)
@QuarkusTestResource(AuthKeysResource.class)
public final class TestInfrastructure {
    private TestInfrastructure() {
    }
}
