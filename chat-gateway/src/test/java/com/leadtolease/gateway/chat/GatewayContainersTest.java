package com.leadtolease.gateway.chat;

import com.leadtolease.contracts.Topics;
import com.leadtolease.gateway.BookingServiceStub;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.testing.ContainersProfile;
import com.leadtolease.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.time.Duration;
import java.util.List;

import static com.leadtolease.gateway.rest.AgentResource.CHAT_TOKEN;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * chat-gateway on MongoDB Atlas Local and Apache Kafka: a chat started and answered over chat.inbound /
 * chat.outbound (a fake agent on the other side), its replies in the session's reply log.
 */
@Tag(ContainersProfile.TAG)
@Testcontainers(disabledWithoutDocker = true)
@QuarkusTest
@TestProfile(GatewayContainersTest.WithBookingStub.class)
class GatewayContainersTest extends FakeAgentTestBase {

    /** The containers plus the module's stub of the services behind the gateway. */
    public static class WithBookingStub extends ContainersProfile {
        public WithBookingStub() {
            super(List.of(BookingServiceStub.class));
        }
    }

    @Test
    void aChatStartedAndContinuedOverRestIsAnsweredOverKafkaAndLogged() {
        JsonPath started = given().contentType("application/json").body("{\"propertyId\":\"katy-grand-oaks\"}")
                .when().post("/api/agent/start")
                .then().statusCode(200).body("reply", equalTo("Hi! I can help you find a home at katy-grand-oaks."))
                .extract().jsonPath();
        String sessionId = started.getString("sessionId");

        given().header(CHAT_TOKEN, started.getString("token")).contentType("application/json")
                .body("{\"sessionId\":\"" + sessionId + "\",\"text\":\"2 bedrooms\"}")
                .when().post("/api/agent/reply")
                .then().statusCode(200).body("reply", equalTo("You said: 2 bedrooms"));

        ConsumerRecord<String, String> start = KafkaTestClient.awaitRecord(Topics.CHAT_INBOUND,
                r -> sessionId.equals(r.key()), Duration.ofSeconds(30));
        assertThat(start.value()).contains("\"kind\":\"start\"");
        assertThat(agent.receivedFor(sessionId)).extracting(d -> d.get("kind").asText())
                .containsExactly("start", "message");
        assertThat(replyLog.after(sessionId, 0)).extracting(ReplyLog.StoredReply::seq).containsExactly(1L, 2L);
    }
}
