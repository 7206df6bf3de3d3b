package com.leadtolease.embedding.rest;

import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.domain.RunKind;
import com.leadtolease.embedding.domain.RunStatus;
import com.leadtolease.embedding.repository.ManifestRepository;
import com.leadtolease.embedding.service.Versions;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.testing.RouteMatrix.Route;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every route of embedding-service's OpenAPI document × {no token, expired, wrong signature, wrong issuer, wrong
 * scope, right scope}: the service checks the gateway's tokens itself, and a refused request starts no run,
 * switches no version and publishes nothing. A route added without a rule here fails the test.
 */
@QuarkusTest
class AuthMatrixTest {

    private static final String AUTHORIZATION = "Authorization";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    /** The version a refused training start would create; the allowed one creates "matrix-allowed-…" instead. */
    private static final String MARKED_VERSION = RouteMatrix.MARK + "-" + RUN;

    @Inject
    ManifestRepository manifest;
    @Inject
    Versions versions;

    /**
     * Rules in this order on purpose: the allowed activation serves an empty spare version, so the allowed training
     * start that follows re-embeds nothing and finishes at once.
     */
    private static Map<String, Route> rules(String spareVersion) {
        Map<String, Route> rules = new LinkedHashMap<>();
        rules.put("POST /api/embeddings/search", Route.scoped(Scopes.TRAINING_READ, "POST", "/api/embeddings/search",
                "{\"text\":\"" + RouteMatrix.MARK + "\"}"));
        rules.put("GET /api/embeddings/versions", Route.scoped(Scopes.TRAINING_READ, "GET",
                "/api/embeddings/versions", null));
        rules.put("POST /api/embeddings/versions/{version}/activate", Route.scoped(Scopes.ADMIN, "POST",
                "/api/embeddings/versions/" + spareVersion + "/activate", null));
        rules.put("POST /api/training/start", Route.scoped(Scopes.TRAINING_WRITE, "POST", "/api/training/start",
                "{\"version\":\"" + MARKED_VERSION + "\"}"));
        return rules;
    }

    @Test
    void everyDocumentedRouteHasARuleAndEveryRuleADocumentedRoute() {
        assertThat(RouteMatrix.documentedRoutes()).as("routes in /q/openapi")
                .containsExactlyInAnyOrderElementsOf(rules("v").keySet());
    }

    @Test
    void everyRouteRefusesWhatItMustAndLetsInWhatItShould() {
        String served = versions.active().version;

        List<String> wrong = RouteMatrix.check(rules(spareVersion()), new ManifestWitness(manifest));
        serveAgainOnceTheAllowedRunIsActive(served);

        assertThat(wrong).isEmpty();
        String allowed = MARKED_VERSION.replace(RouteMatrix.MARK, "matrix-allowed");
        KafkaTestClient.awaitRecord(Topics.EMBEDDINGS_EVENTS, record -> allowed.equals(record.key()), WAIT);
        assertThat(KafkaTestClient.readFor(Topics.EMBEDDINGS_EVENTS, record -> record.value().contains(RouteMatrix.MARK)
                || String.valueOf(record.key()).contains(RouteMatrix.MARK), Duration.ofSeconds(2)))
                .as("embedding events published by refused requests").isEmpty();
    }

    @Test
    void aTrainingTokenCannotSwitchTheActiveVersionAndIsToldWhereTheNeededScopeIsNamed() {
        String spare = spareVersion();
        ManifestWitness witness = new ManifestWitness(manifest);
        witness.reset();

        given().header(AUTHORIZATION, TestTokens.bearer(Scopes.TRAINING_READ, Scopes.TRAINING_WRITE))
                .when().post("/api/embeddings/versions/" + spare + "/activate")
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(403))
                .body("detail", containsString("/q/openapi"));
        given().accept(ContentType.JSON).when().get("/q/openapi?format=json")
                .then().body("paths.'/api/embeddings/versions/{version}/activate'.post.description",
                        containsString("Needs admin"));
        assertThat(witness.traces()).isEmpty();
    }

    @Test
    void aRequestWithoutATokenIsToldToSignIn() {
        given().contentType(ContentType.JSON).body("{\"text\":\"dogs\"}")
                .when().post("/api/embeddings/search")
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("Authorization: Bearer"));
    }

    @Test
    void agentServicesReadOnlyTokenSearchesAndListsVersions() {
        String agentService = TestTokens.bearer(Scopes.TRAINING_READ);

        given().header(AUTHORIZATION, agentService).contentType(ContentType.JSON).body("{\"text\":\"dogs\"}")
                .when().post("/api/embeddings/search")
                .then().statusCode(200).header(EmbeddingResource.VERSION_HEADER, notNullValue());
        given().header(AUTHORIZATION, agentService).when().get("/api/embeddings/versions")
                .then().statusCode(200).body("find { it.active }.version", notNullValue());
    }

    /** A completed, empty version nobody serves: activating it is what a refused activation must not do. */
    private String spareVersion() {
        EmbeddingRun run = new EmbeddingRun();
        run.id = UUID.randomUUID().toString();
        run.kind = RunKind.REEMBED.value();
        run.version = "matrix-spare-" + UUID.randomUUID().toString().substring(0, 8);
        run.model = versions.active().model;
        run.dimensions = versions.active().dimensions;
        run.status = RunStatus.COMPLETED.value();
        run.startedAt = Instant.now();
        run.finishedAt = run.startedAt;
        manifest.persist(run);
        return run.version;
    }

    /** The allowed training run activates its version when it completes; the other tests search the one served before. */
    private void serveAgainOnceTheAllowedRunIsActive(String served) {
        String allowed = MARKED_VERSION.replace(RouteMatrix.MARK, "matrix-allowed");
        if (manifest.version(allowed).isPresent()) {
            await().atMost(WAIT).until(() -> manifest.version(allowed).map(run -> run.active
                    || RunStatus.FAILED.value().equals(run.status)).orElse(false));
        }
        versions.activate(served);
    }
}
