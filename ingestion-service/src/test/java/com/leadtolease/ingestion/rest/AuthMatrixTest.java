package com.leadtolease.ingestion.rest;

import static com.leadtolease.ingestion.support.IngestApi.csv;
import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.leadtolease.contracts.Topics;
import com.leadtolease.ingestion.support.StoredDocuments;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.testing.RouteMatrix.Access;
import com.leadtolease.testing.RouteMatrix.Route;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every route of the service's OpenAPI document × {no token, expired, wrong signature, wrong issuer, wrong scope,
 * right scope}: the service checks the gateway's tokens itself, and a refusal stores no thread, message or job and
 * publishes nothing on threads.ingested. A route added without a rule here fails the test.
 */
@QuarkusTest
class AuthMatrixTest {

    private static final String MARK = RouteMatrix.MARK;
    private static final Map<String, Route> RULES = rules();

    private static Map<String, Route> rules() {
        Map<String, Route> rules = new LinkedHashMap<>();
        rules.put("POST /api/training/ingest-csv", new Route(Access.SCOPE, Scopes.TRAINING_WRITE, "POST",
                "/api/training/ingest-csv?source=matrix-csv", "text/csv",
                csv("role,text,timestamp", "lead,Any loft in EaDo? (" + MARK + "),2026-03-02 10:00")));
        rules.put("POST /api/training/ingest", Route.scoped(Scopes.TRAINING_WRITE, "POST", "/api/training/ingest",
                "{\"source\":\"matrix-json\",\"threads\":[{\"messages\":[{\"role\":\"lead\","
                        + "\"text\":\"Any loft in Montrose? (" + MARK + ")\"}]}]}"));
        rules.put("GET /api/training/jobs/{id}", Route.scoped(Scopes.TRAINING_READ, "GET",
                "/api/training/jobs/job-matrix", null));
        rules.put("GET /api/training/threads", Route.scoped(Scopes.TRAINING_READ, "GET", "/api/training/threads",
                null));
        rules.put("GET /api/training/threads/{threadId}", Route.scoped(Scopes.TRAINING_READ, "GET",
                "/api/training/threads/csv-matrix", null));
        rules.put("GET /api/training/datasets/finetune.jsonl", Route.scoped(Scopes.TRAINING_READ, "GET",
                "/api/training/datasets/finetune.jsonl", null));
        return rules;
    }

    /**
     * Counts the documents of every collection a route writes before and after each request, once no job runs (a
     * request let in by mistake would write from its job); any change is a trace.
     */
    private static final class NothingStored implements RouteMatrix.Witness {
        private StoredDocuments before;

        @Override
        public void reset() {
            before = StoredDocuments.settled();
        }

        @Override
        public List<String> traces() {
            return StoredDocuments.settled().changesSince(before).stream().map(change -> "stored " + change).toList();
        }
    }

    @Test
    void everyDocumentedRouteHasARuleAndEveryRuleADocumentedRoute() {
        assertThat(RouteMatrix.documentedRoutes()).as("routes in /q/openapi")
                .containsExactlyInAnyOrderElementsOf(RULES.keySet());
    }

    @Test
    void everyRouteNamesItsScopeInItsDescription() {
        JsonPath openapi = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        RULES.forEach((name, route) -> {
            String[] methodAndPath = name.split(" ", 2);
            Map<String, Map<String, Object>> operations = openapi.getMap("paths.'" + methodAndPath[1] + "'");
            assertThat((String) operations.get(methodAndPath[0].toLowerCase()).get("description")).as(name)
                    .endsWith("Needs " + route.scope() + ".");
        });
    }

    @Test
    void everyRouteRefusesWhatItMustAndRefusalsStoreAndPublishNothing() {
        assertThat(RouteMatrix.check(RULES, new NothingStored())).isEmpty();
        assertThat(KafkaTestClient.readFor(Topics.THREADS_INGESTED, record -> record.value().contains(MARK),
                Duration.ofSeconds(3))).as("threads.ingested events of refused requests").isEmpty();
    }

    @Test
    void aReadOnlyTokenCannotIngestAndIsToldWhereToFindTheScopeItNeeds() {
        StoredDocuments before = StoredDocuments.settled();

        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ)).contentType("application/json")
                .body(RULES.get("POST /api/training/ingest").body())
                .when().post("/api/training/ingest")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("/q/openapi"));

        assertThat(StoredDocuments.now().changesSince(before)).isEmpty();
    }

    @Test
    void aWriteOnlyTokenCannotReadAndNoTokenIsToldHowToGetOne() {
        given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE))
                .when().get("/api/training/threads")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/training/threads")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("POST /api/auth/token"));
    }

    @Test
    void theRightScopesIngestAndReadBack() {
        JsonPath job = ingestCsv(csv("role,text,timestamp",
                "lead,Is there a 2 bedroom in the Heights? (auth happy path),2026-03-03 09:00",
                "agent,Yes! Two are available in March.,2026-03-03 09:02"), "auth-happy-path");

        assertThat(job.getString("status")).isEqualTo("succeeded");
        assertThat(threads("auth-happy-path").getInt("total")).isEqualTo(1);
    }
}
