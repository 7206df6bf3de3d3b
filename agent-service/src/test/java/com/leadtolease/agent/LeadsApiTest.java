package com.leadtolease.agent;

import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.restassured.specification.RequestSpecification;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class LeadsApiTest {

    @Test
    void listsTheEightStagesInOrder() {
        JsonPath stages = given().header("Authorization", TestTokens.bearer(Scopes.LEADS_READ)).get("/api/leads/stages").then().statusCode(200).extract().jsonPath();
        assertThat(stages.getList("name")).containsExactly("qualifying", "sending_list", "selecting_favorites",
                "touring", "applying", "approval", "post_close", "renewal");
        assertThat(stages.getList("order")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(stages.getList("description", String.class)).allSatisfy(d -> assertThat(d).isNotBlank());
    }

    @Test
    void upsertsDeduplicatingByEmailOrPhoneAndPublishesChanges() {
        String moveDate = LocalDate.now().plusMonths(2).toString();
        JsonPath created = writer().body(Map.of("name", "Maya Patel",
                        "email", "Maya.Patel@Example.com", "phone", "(346) 555-0111", "budget", 2100,
                        "bedrooms", 2, "moveDate", moveDate, "areas", java.util.List.of("Midtown"),
                        "consentToContact", true))
                .post("/api/leads/leads").then().statusCode(201).extract().jsonPath();
        String leadId = created.getString("id");
        assertThat(created.getString("email")).isEqualTo("maya.patel@example.com");
        assertThat(created.getString("stage")).isEqualTo("qualifying");

        JsonPath byEmail = writer()
                .body(Map.of("email", "maya.patel@example.com", "stage", "touring"))
                .post("/api/leads/leads").then().statusCode(200).extract().jsonPath();
        assertThat(byEmail.getString("id")).isEqualTo(leadId);
        assertThat(byEmail.getString("stage")).isEqualTo("touring");
        assertThat(byEmail.getInt("budget")).isEqualTo(2100);

        JsonPath byPhone = writer().body(Map.of("phone", "+1 346.555.0111", "budget", 2300))
                .post("/api/leads/leads").then().statusCode(200).extract().jsonPath();
        assertThat(byPhone.getString("id")).isEqualTo(leadId);
        assertThat(byPhone.getInt("budget")).isEqualTo(2300);

        var events = KafkaTestClient.awaitEvents(Topics.LEADS_EVENTS, r -> leadId.equals(r.key()), 4,
                Duration.ofSeconds(30));
        assertThat(events).extracting(r -> KafkaTestClient.header(r, "ce_type").orElse(""))
                .containsExactly(EventTypes.LEAD_UPSERTED, EventTypes.LEAD_UPSERTED, EventTypes.LEAD_STAGE_CHANGED,
                        EventTypes.LEAD_UPSERTED);
        assertThat(events.get(2).value()).contains("\"stage\":\"touring\"").contains("\"previousStage\":\"qualifying\"");
    }

    @Test
    void rejectsInvalidLeadsNamingTheField() {
        writer().body(Map.of("email", "x@example.com", "phone", "12345"))
                .post("/api/leads/leads").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("phone"));
        writer().body(Map.of("email", "x@example.com", "moveDate", "2020-01-01"))
                .post("/api/leads/leads").then().statusCode(400).body("errors[0].field", equalTo("moveDate"));
        writer().body(Map.of("email", "not-an-email"))
                .post("/api/leads/leads").then().statusCode(400).body("detail", containsString("email"));
        writer().body(Map.of("name", "Nobody"))
                .post("/api/leads/leads").then().statusCode(400).body("detail", containsString("email"));
    }

    @Test
    void createsThreadsForKnownLeadsOnly() {
        String leadId = writer().body(Map.of("email", "thread.lead@example.com"))
                .post("/api/leads/leads").then().statusCode(201).extract().jsonPath().getString("id");
        JsonPath thread = writer().body(Map.of("leadId", leadId, "channel", "crm",
                        "messages", java.util.List.of(
                                Map.of("role", "lead", "text", "Hi, looking for a 1 bedroom in the Heights, call 713-555-0199"),
                                Map.of("role", "agent", "text", "Here are three listings that match."))))
                .post("/api/leads/threads").then().statusCode(201).extract().jsonPath();
        assertThat(thread.getString("threadId")).isNotBlank();
        assertThat(thread.getInt("messageCount")).isEqualTo(2);
        writer().body(Map.of("leadId", "nobody"))
                .post("/api/leads/threads").then().statusCode(404);
    }

    @Test
    void parsesAFreeTextInquiryInSnakeCase() {
        JsonPath parsed = writer().body(Map.of(
                        "text", "Hello, my name is Jordan Lee. Looking for a 2 bed in Sugar Land around $1,800, "
                                + "moving July 15th with my dog. jordan.lee@example.com / 281-555-0147",
                        "receivedAt", "2030-03-01T15:00:00Z"))
                .post("/api/leads/parse-inquiry").then().statusCode(200).extract().jsonPath();
        assertThat(parsed.getString("name")).isEqualTo("Jordan Lee");
        assertThat(parsed.getString("email")).isEqualTo("jordan.lee@example.com");
        assertThat(parsed.getString("phone")).isEqualTo("281-555-0147");
        assertThat(parsed.getInt("budget")).isEqualTo(1800);
        assertThat(parsed.getInt("bedrooms")).isEqualTo(2);
        assertThat(parsed.getString("move_date")).isEqualTo("2030-07-15");
        assertThat(parsed.getList("pets")).containsExactly("dog");
        assertThat(parsed.getList("areas")).containsExactly("Sugar Land");
        writer().body(Map.of("receivedAt", "2030-03-01T15:00:00Z"))
                .post("/api/leads/parse-inquiry").then().statusCode(400).body("detail", containsString("text"));
    }

    /** A CRM integration that may write leads (and nothing else). */
    private static RequestSpecification writer() {
        return given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE)).contentType(ContentType.JSON);
    }
}
