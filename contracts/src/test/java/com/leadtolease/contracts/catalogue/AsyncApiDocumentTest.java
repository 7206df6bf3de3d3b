package com.leadtolease.contracts.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The committed AsyncAPI document ({@code src/main/resources/asyncapi.json}) is the generated one, and it covers every
 * topic of {@link Topics} (and its dead-letter topic) and every type of {@link EventTypes}, each message's payload
 * being exactly its schema of {@code event-types.json}. To regenerate after changing topics, types or schemas:
 * {@code ./mvnw -B -o verify -pl contracts -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true}.
 */
class AsyncApiDocumentTest {
    static final Path DOCUMENT = Path.of("src/main/resources/asyncapi.json");
    private static final String REGENERATE =
            "./mvnw -B -o verify -pl contracts -Dtest=AsyncApiDocumentTest -Dasyncapi.write=true";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> SCHEMA_OF_TYPE = readResource("/schemas/event-types.json",
            new TypeReference<Map<String, String>>() { });

    /** With -Dasyncapi.write=true the document is rewritten before any test of this class reads it. */
    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("asyncapi.write")) {
            Files.writeString(DOCUMENT, generated(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCommittedDocumentIsTheGeneratedOne() throws IOException {
        String generated = generated();
        String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";

        if (!committed.equals(generated)) {
            fail(DOCUMENT + " is stale (topics, event types or schemas changed). Regenerate it with: " + REGENERATE);
        }
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsAChannelAndNothingElse() throws IOException {
        JsonNode doc = committed();
        Set<String> expected = constants(Topics.class).stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .collect(Collectors.toSet());

        Set<String> addresses = new HashSet<>();
        doc.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).isEqualTo(expected);
        assertThat(doc.path("channels").size()).isEqualTo(expected.size());
    }

    @Test
    void everyEventTypeIsOneMessageWhosePayloadIsItsSchemaAndNothingElse() throws IOException {
        JsonNode messages = committed().path("components").path("messages");

        Map<String, String> payloadOfType = new HashMap<>();
        messages.forEach(message -> payloadOfType.put(message.path("name").asText(),
                message.path("payload").path("$ref").asText()));

        Map<String, String> expected = SCHEMA_OF_TYPE.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> "schemas/" + e.getValue()));
        assertThat(payloadOfType).isEqualTo(expected);
        assertThat(payloadOfType.keySet()).isEqualTo(constants(EventTypes.class));
        assertThat(messages.size()).isEqualTo(expected.size());
        messages.forEach(message -> assertThat(message.path("payload").size()).as("payload of %s is only a $ref",
                message.path("name").asText()).isEqualTo(1));
    }

    @Test
    void everyMessageSaysItsTypeInTheCloudEventHeaderAndIsCarriedByATopic() throws IOException {
        JsonNode doc = committed();
        JsonNode messages = doc.path("components").path("messages");
        Set<String> carried = new HashSet<>();
        doc.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> carried.add(
                messages.path(ref.path("$ref").asText().replace("#/components/messages/", "")).path("name").asText())));

        messages.forEach(message -> {
            JsonNode headers = message.path("headers");
            assertThat(headers.path("properties").path("ce_type").path("const").asText())
                    .isEqualTo(message.path("name").asText());
            assertThat(headers.path("required")).extracting(JsonNode::asText)
                    .contains("ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion", "content-type");
        });
        assertThat(carried).isEqualTo(SCHEMA_OF_TYPE.keySet());
    }

    @Test
    void idsAreWhatAsyncApiAllows() throws IOException {
        JsonNode doc = committed();
        List<String> ids = new ArrayList<>();
        doc.path("channels").fieldNames().forEachRemaining(ids::add);
        doc.path("channels").forEach(channel -> channel.path("messages").fieldNames().forEachRemaining(ids::add));
        doc.path("operations").fieldNames().forEachRemaining(ids::add);
        doc.path("components").path("messages").fieldNames().forEachRemaining(ids::add);

        assertThat(ids).isNotEmpty().allMatch(id -> id.matches("[A-Za-z0-9_\\-]+"));
        assertThat(AsyncApiGenerator.id("com.leadtolease.booking.tour.no-show.v1")).isEqualTo("bookingTourNoShowV1");
        assertThat(AsyncApiGenerator.id("leads.events.dlq")).isEqualTo("leadsEventsDlq");
    }

    private static String generated() throws IOException {
        return render(new AsyncApiGenerator(JSON, SCHEMA_OF_TYPE,
                file -> readResource("/schemas/" + file, new TypeReference<JsonNode>() { })).generate());
    }

    static String render(JsonNode doc) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(doc) + "\n";
    }

    private static JsonNode committed() throws IOException {
        assertThat(DOCUMENT).as("run " + REGENERATE).exists();
        return JSON.readTree(DOCUMENT.toFile());
    }

    private static Set<String> constants(Class<?> holder) {
        return Arrays.stream(holder.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(AsyncApiDocumentTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T readResource(String path, TypeReference<T> type) {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
