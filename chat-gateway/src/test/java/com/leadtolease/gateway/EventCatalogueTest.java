package com.leadtolease.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway serves the contracts' event catalogue as it is, cached, and nothing else from the classpath. */
@QuarkusTest
class EventCatalogueTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servesTheAsyncApiDocumentOfTheContractsCachedAndRevalidatable() throws IOException {
        Response response = given().get("/api/events/asyncapi");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.asByteArray()).isEqualTo(resource("asyncapi.json"));
        assertThat(response.header("Cache-Control")).contains("public").contains("max-age=3600");
        String etag = response.header("ETag");
        assertThat(etag).isNotBlank();

        Response revalidated = given().header("If-None-Match", etag).get("/api/events/asyncapi");
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.asByteArray()).isEmpty();
    }

    @Test
    void servesEverySchemaTheDocumentRefersTo() throws IOException {
        JsonNode doc = JSON.readTree(given().get("/api/events/asyncapi").asByteArray());
        List<String> refs = new ArrayList<>();
        doc.path("components").path("messages").forEach(m -> refs.add(m.path("payload").path("$ref").asText()));

        assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(ref).startsWith("schemas/"));
        for (String ref : refs) {
            Response schema = given().get("/api/events/" + ref);
            assertThat(schema.statusCode()).as(ref).isEqualTo(200);
            assertThat(schema.asByteArray()).as(ref).isEqualTo(resource(ref));
            assertThat(schema.header("ETag")).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2Fasyncapi.json", "..%2F..%2Fapplication.properties", "%2E%2E%2Fasyncapi.json",
            "event-types.json", "application.properties", "asyncapi.json", "tour-event.v9.json"})
    void servesNothingButTheNamedSchemaFiles(String name) {
        Response response = given().urlEncodingEnabled(false).get("/api/events/schemas/" + name);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.asString()).doesNotContain("asyncapi\"", "quarkus.", "$schema");
    }

    @Test
    void refusesAnOverlongName() {
        given().get("/api/events/schemas/" + "a".repeat(101) + ".json").then().statusCode(400);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = EventCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
