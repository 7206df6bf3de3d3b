package com.leadtolease.ingestion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** On first start the sample conversations of deploy/sample-data are ingested through the same pipeline. */
@QuarkusTest
@TestProfile(SeedLoaderTest.WithSeedFile.class)
class SeedLoaderTest {

    public static class WithSeedFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingestion.seed.file", "../deploy/sample-data/conversations.csv");
        }
    }

    @Test
    void seedsTheSampleConversationsWithEveryStage() {
        JsonPath page = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                                .queryParam("source", "seed").queryParam("size", 200)
                        .get("/api/training/threads").then().statusCode(200).extract().jsonPath(),
                        threads -> threads.getInt("total") >= 60);

        assertThat(page.getList("items.messageCount", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isGreaterThanOrEqualTo(600);
        Set<String> stages = new TreeSet<>(page.getList("items.stage", String.class));
        assertThat(stages).containsExactlyInAnyOrder("qualifying", "sending_list", "selecting_favorites", "touring",
                "applying", "approval", "post_close", "renewal");
        assertThat(page.getList("items.sourceThreadId")).contains("HOU-1001");
        assertThat(page.getList("items.sourceFile")).containsOnly("conversations.csv");
    }
}
