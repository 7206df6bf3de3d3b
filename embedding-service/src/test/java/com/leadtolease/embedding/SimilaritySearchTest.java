package com.leadtolease.embedding;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.repository.ChunkRepository;
import com.leadtolease.embedding.service.Versions;
import com.leadtolease.embedding.support.Threads;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Search with the real all-MiniLM-L6-v2 model over threads consumed from Kafka. */
@QuarkusTest
class SimilaritySearchTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String APARTMENT = "search-apartment-" + RUN;
    static final String PETS = "search-pets-" + RUN;
    static final String APPLICATION = "search-application-" + RUN;
    static final String OLD_LAUNDRY = "search-laundry-old-" + RUN;
    static final String NEW_LAUNDRY = "search-laundry-new-" + RUN;
    private static boolean seeded;

    @Inject
    ObjectMapper mapper;
    @Inject
    ChunkRepository chunks;
    @Inject
    Versions versions;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        List<ThreadIngestedData> threads = List.of(
                Threads.thread(APARTMENT, "qualifying", Instant.parse("2024-05-01T10:00:00Z"),
                        "Hi, I am looking for a two bedroom apartment near downtown under 2000 a month.",
                        "We have a two bedroom at Maple Court for 1950, available June 1st.",
                        "Great, what is the parking situation?"),
                Threads.thread(PETS, "touring", Instant.parse("2024-06-01T10:00:00Z"),
                        "Hi, we are moving to Austin with our family next month.",
                        "Our pet policy: dogs and cats are welcome, up to two pets, with a 300 dollar pet deposit.",
                        "Perfect, can we tour on Saturday at 10am?"),
                Threads.thread(APPLICATION, "applying", Instant.parse("2024-07-01T10:00:00Z"),
                        "What documents do I need for the rental application?",
                        "Please upload two recent pay stubs and a photo ID; the application fee is 50 dollars.",
                        "Thanks, I will send them tonight."),
                Threads.thread(OLD_LAUNDRY, "post_close", Instant.parse("2020-01-01T10:00:00Z"),
                        "Is there a laundry room in the building?"),
                Threads.thread(NEW_LAUNDRY, "post_close", Instant.now().minus(1, ChronoUnit.DAYS),
                        "Is there a laundry room in this building?"));
        threads.forEach(t -> Threads.publish(mapper, UUID.randomUUID().toString(), t));
        await().atMost(WAIT).until(() -> threads.stream().allMatch(t -> chunks.findRaw(Filters.and(
                Filters.eq("threadId", t.threadId()), Filters.eq("embedding_version", versions.active().version)))
                .size() == t.messages().size()));
        seeded = true;
    }

    private static JsonPath search(Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .contentType("application/json").body(body).when().post("/api/embeddings/search")
                .then().statusCode(200).header("Embedding-Version", org.hamcrest.Matchers.notNullValue())
                .extract().jsonPath();
    }

    @Test
    void petPolicyMessageComesFirstForDoYouAllowDogsWithItsNeighbouringTurns() {
        JsonPath results = search(Map.of("text", "do you allow dogs"));
        assertThat(results.getString("[0].messageId")).isEqualTo(PETS + "-m1");
        assertThat(results.getString("[0].threadId")).isEqualTo(PETS);
        assertThat(results.getInt("[0].turnIndex")).isEqualTo(1);
        assertThat(results.getString("[0].role")).isEqualTo("agent");
        assertThat(results.getString("[0].stage")).isEqualTo("touring");
        assertThat(results.getString("[0].text")).contains("pet policy");
        assertThat(results.getString("[0].timestamp")).isEqualTo("2024-06-01T10:01:00Z");
        assertThat(results.getList("context.messageId[0]", String.class))
                .containsExactly(PETS + "-m0", PETS + "-m2");
        List<Float> scores = results.getList("score", Float.class);
        assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(scores.size()).isLessThanOrEqualTo(10);
        assertThat(results.getList("messageId", String.class)).doesNotHaveDuplicates();
    }

    @Test
    void kLimitsTheResults() {
        assertThat(search(Map.of("text", "do you allow dogs", "k", 2)).getList("messageId")).hasSize(2);
    }

    @Test
    void filtersRestrictRoleStageAndTime() {
        JsonPath leads = search(Map.of("text", "do you allow dogs", "k", 50, "filters", Map.of("role", "lead")));
        assertThat(leads.getList("role", String.class)).isNotEmpty().containsOnly("lead");
        assertThat(leads.getList("messageId", String.class)).doesNotContain(PETS + "-m1");

        JsonPath applying = search(Map.of("text", "documents", "k", 50, "filters", Map.of("stage", "applying")));
        assertThat(applying.getList("stage", String.class)).isNotEmpty().containsOnly("applying");
        assertThat(applying.getString("[0].messageId")).isEqualTo(APPLICATION + "-m0");

        JsonPath recent = search(Map.of("text", "laundry room", "k", 50,
                "filters", Map.of("since", "2024-06-15T00:00:00Z")));
        assertThat(recent.getList("timestamp", String.class)).isNotEmpty()
                .allSatisfy(t -> assertThat(Instant.parse(t)).isAfterOrEqualTo(Instant.parse("2024-06-15T00:00:00Z")));
        assertThat(recent.getList("messageId", String.class)).contains(NEW_LAUNDRY + "-m0")
                .doesNotContain(OLD_LAUNDRY + "-m0");
    }

    @Test
    void recencyBoostLiftsANewerMessageAboveASlightlyBetterOlderOne() {
        String query = "Is there a laundry room in the building?";
        List<String> plain = search(Map.of("text", query, "k", 50, "recencyBoost", 0)).getList("messageId");
        assertThat(plain.indexOf(OLD_LAUNDRY + "-m0")).isNotNegative()
                .isLessThan(plain.indexOf(NEW_LAUNDRY + "-m0"));

        JsonPath boosted = search(Map.of("text", query, "k", 50, "recencyBoost", 1.0));
        List<String> ids = boosted.getList("messageId");
        assertThat(ids.indexOf(NEW_LAUNDRY + "-m0")).isNotNegative().isLessThan(ids.indexOf(OLD_LAUNDRY + "-m0"));
        int newer = ids.indexOf(NEW_LAUNDRY + "-m0");
        assertThat(boosted.getDouble("[" + newer + "].score"))
                .isGreaterThan(boosted.getDouble("[" + newer + "].similarity") * 1.9);
    }
}
