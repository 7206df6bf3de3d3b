package com.leadtolease.contracts;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event type has a JSON Schema, and every payload record, written as the services write it, obeys it. */
class EventSchemasTest {

    // As Quarkus configures its ObjectMapper: java.time as ISO-8601 text, nulls written.
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, String> SCHEMA_OF_TYPE = read("event-types.json",
            new TypeReference<Map<String, String>>() { });

    static List<EventSamples.Sample> samples() {
        return EventSamples.all();
    }

    @Test
    void everyEventTypeHasASchema() {
        assertThat(SCHEMA_OF_TYPE).containsOnlyKeys(eventTypes());
        SCHEMA_OF_TYPE.values().forEach(file -> assertThat(schema(file)).as(file).isNotNull());
    }

    @Test
    void everyPublishedTypeHasASample() {
        Set<String> sampled = samples().stream().map(EventSamples.Sample::type).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(SCHEMA_OF_TYPE.keySet());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void payloadObeysItsSchema(EventSamples.Sample sample) {
        JsonNode payload = JSON.valueToTree(sample.data());

        assertThat(schemaOf(sample.type()).validate(payload)).isEmpty();
    }

    @Test
    void aPayloadWithoutItsIdOrWithAnUnknownFieldIsRefused() {
        ObjectNode tour = JSON.valueToTree(samples().get(0).data());
        Schema schema = schemaOf(EventTypes.TOUR_SCHEDULED);

        assertThat(schema.validate(tour.deepCopy().putNull("tourId"))).isNotEmpty();
        assertThat(schema.validate(tour.deepCopy().put("colour", "blue"))).isNotEmpty();
    }

    @Test
    void anInboundLeadFromAnUnknownSourceIsRefused() {
        ObjectNode lead = JSON.valueToTree(samples().stream()
                .filter(s -> s.type().equals(EventTypes.WEBHOOK_LEAD_RECEIVED)).findFirst().orElseThrow().data());

        assertThat(schemaOf(EventTypes.WEBHOOK_LEAD_RECEIVED).validate(lead.put("source", "fax"))).isNotEmpty();
    }

    private static Schema schemaOf(String type) {
        return schema(SCHEMA_OF_TYPE.get(type));
    }

    private static Schema schema(String file) {
        return SCHEMAS.getSchema(read(file, new TypeReference<JsonNode>() { }));
    }

    private static Set<String> eventTypes() {
        return Arrays.stream(EventTypes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(EventSchemasTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String file, TypeReference<T> type) {
        try (InputStream in = EventSchemasTest.class.getResourceAsStream("/schemas/" + file)) {
            assertThat(in).as("schemas/" + file).isNotNull();
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
