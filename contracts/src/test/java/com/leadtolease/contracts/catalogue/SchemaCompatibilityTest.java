package com.leadtolease.contracts.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every released event type still has a schema compatible with its released one (snapshots in
 * {@code src/test/resources/released-schemas/}, see {@link SchemaCompatibility} for what breaks).
 *
 * <p>Compatible change of a {@code .v1} payload: add an optional field whose type includes {@code "null"} (in
 * {@code properties}, not in {@code required}: events already on Kafka lack it), loosen a bound, add an enum value;
 * then regenerate the AsyncAPI document. A breaking change never edits a released schema: add a new type
 * ({@code ...v2} in {@code EventTypes}), a new schema file ({@code foo.v2.json}) mapped in {@code event-types.json},
 * publish both versions while consumers move over, and retire the {@code .v1} type only when nothing reads it.
 * Once a new type ships, copy its schema (and the new {@code event-types.json}) into {@code released-schemas/}.
 */
class SchemaCompatibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RELEASED_TYPES = read("/released-schemas/event-types.json",
            new TypeReference<Map<String, String>>() { });
    private static final Map<String, String> CURRENT_TYPES = read("/schemas/event-types.json",
            new TypeReference<Map<String, String>>() { });

    static Set<String> releasedTypes() {
        return RELEASED_TYPES.keySet();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedTypes")
    void theCurrentSchemaOfAReleasedTypeIsCompatibleWithTheReleasedOne(String type) {
        assertThat(CURRENT_TYPES).as("released type %s is still published", type).containsKey(type);
        JsonNode released = read("/released-schemas/" + RELEASED_TYPES.get(type), new TypeReference<JsonNode>() { });
        JsonNode current = read("/schemas/" + CURRENT_TYPES.get(type), new TypeReference<JsonNode>() { });

        assertThat(SchemaCompatibility.breakingChanges(released, current))
                .as("breaking changes of %s (%s) against its released schema; make a .v2 type instead", type,
                        CURRENT_TYPES.get(type))
                .isEmpty();
    }

    @Test
    void anOptionalNullableFieldAndALooserBoundAreCompatible() {
        ObjectNode current = lead();
        current.with("properties").putObject("nickname").putArray("type").add("string").add("null");
        ((ObjectNode) current.with("properties").get("leadId")).remove("minLength");

        assertThat(SchemaCompatibility.breakingChanges(lead(), current)).isEmpty();
    }

    @Test
    void aRemovedFieldBreaks() {
        ObjectNode current = lead();
        current.with("properties").remove("stage");

        assertThat(SchemaCompatibility.breakingChanges(lead(), current)).containsExactly("/stage: field removed");
    }

    @Test
    void aRetypedOrNarrowedFieldBreaks() {
        ObjectNode retyped = lead();
        retyped.with("properties").putObject("budget").putArray("type").add("string").add("null");
        ObjectNode narrowed = lead();
        narrowed.with("properties").putObject("stage").put("type", "string");

        assertThat(SchemaCompatibility.breakingChanges(lead(), retyped))
                .singleElement().asString().startsWith("/budget: retyped");
        assertThat(SchemaCompatibility.breakingChanges(lead(), narrowed))
                .singleElement().asString().startsWith("/stage: retyped");
    }

    @Test
    void aNewlyRequiredFieldOrARequiredNewFieldBreaks() {
        ObjectNode newlyRequired = lead();
        newlyRequired.withArray("required").add("budget");
        ObjectNode requiredNew = lead();
        requiredNew.with("properties").putObject("nickname").putArray("type").add("string").add("null");
        requiredNew.withArray("required").add("nickname");

        assertThat(SchemaCompatibility.breakingChanges(lead(), newlyRequired))
                .containsExactly("/budget: field newly required");
        assertThat(SchemaCompatibility.breakingChanges(lead(), requiredNew)).singleElement().asString()
                .startsWith("/nickname: new field is required");
    }

    @Test
    void aRemovedEnumValueOrTightenedAdditionalPropertiesBreaks() {
        ObjectNode enumShrunk = lead();
        ((ArrayNode) enumShrunk.with("properties").with("stage").get("enum")).remove(1);
        ObjectNode closed = lead();
        closed.put("additionalProperties", false);

        assertThat(SchemaCompatibility.breakingChanges(lead(), enumShrunk))
                .containsExactly("/stage: enum value touring removed");
        assertThat(SchemaCompatibility.breakingChanges(lead(), closed))
                .containsExactly("(root): additionalProperties tightened from (absent) to false");
    }

    private static ObjectNode lead() {
        try {
            return (ObjectNode) JSON.readTree("""
                    {"type": "object", "required": ["leadId", "stage"],
                     "properties": {
                       "leadId": {"type": "string", "minLength": 1},
                       "stage": {"type": ["string", "null"], "enum": ["qualifying", "touring", null]},
                       "budget": {"type": ["integer", "null"]}}}
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String path, TypeReference<T> type) {
        try (InputStream in = SchemaCompatibilityTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
