package com.leadtolease.contracts.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.contracts.Topics;

import java.util.Map;
import java.util.function.Function;

/**
 * Builds the AsyncAPI 3.0 document of every topic from {@link TopicCatalogue} and {@code schemas/event-types.json}.
 * Payloads are relative {@code $ref}s to {@code schemas/<file>}: next to the document on the classpath and, as served
 * by chat-gateway, {@code /api/events/schemas/<file>} next to {@code /api/events/asyncapi}.
 */
final class AsyncApiGenerator {
    static final String KAFKA_BINDING_VERSION = "0.5.0";

    private final ObjectMapper json;
    private final Map<String, String> schemaOfType;
    private final Function<String, JsonNode> schemaFile;

    AsyncApiGenerator(ObjectMapper json, Map<String, String> schemaOfType, Function<String, JsonNode> schemaFile) {
        this.json = json;
        this.schemaOfType = schemaOfType;
        this.schemaFile = schemaFile;
    }

    ObjectNode generate() {
        ObjectNode doc = json.createObjectNode();
        doc.put("asyncapi", "3.0.0");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Lead-to-Lease events");
        info.put("version", "1");
        info.put("description", "Every Kafka topic of Lead-to-Lease. Records are CloudEvents 1.0 in binary mode: the "
                + "attributes are ce_* headers, the record value is the JSON data, the record key is the aggregate id "
                + "(also ce_subject), so one aggregate's events stay in order. Delivery is at-least-once: deduplicate "
                + "on ce_id. Records that failed after retries go to <topic>.dlq with the same headers plus "
                + "dead-letter-reason, dead-letter-topic, dead-letter-partition and dead-letter-offset. "
                + "Generated from the contracts module (AsyncApiDocumentTest); do not edit by hand.");
        doc.put("defaultContentType", "application/json");
        ObjectNode local = doc.putObject("servers").putObject("local");
        local.put("host", "localhost:9092");
        local.put("protocol", "kafka");
        local.put("description", "The devstack broker (./dev.sh); KAFKA_PORT overrides the port.");

        ObjectNode channels = doc.putObject("channels");
        ObjectNode operations = doc.putObject("operations");
        for (TopicCatalogue.Topic topic : TopicCatalogue.TOPICS) {
            addChannel(channels, topic, topic.address(), topic.description());
            addChannel(channels, topic, Topics.deadLetter(topic.address()),
                    "Records of " + topic.address() + " that a consumer failed to handle after retries.");
            addOperation(operations, topic, "send", topic.address(), "Published by " + topic.producer() + ".",
                    "producer:" + topic.producer());
            addOperation(operations, topic, "receive", topic.address(),
                    "Consumed by " + String.join(", ", topic.consumers()) + ".", null)
                    .set("tags", tags(topic.consumers()));
            addOperation(operations, topic, "receive", Topics.deadLetter(topic.address()),
                    "Read by operators (devstack DeadLetterRedrive) to inspect and re-drive.", "consumer:operators");
        }

        ObjectNode components = doc.putObject("components");
        ObjectNode messages = components.putObject("messages");
        TopicCatalogue.TOPICS.forEach(topic -> topic.types()
                .forEach(type -> messages.set(id(type), message(type, topic))));
        return doc;
    }

    private void addChannel(ObjectNode channels, TopicCatalogue.Topic topic, String address, String description) {
        ObjectNode channel = channels.putObject(id(address));
        channel.put("address", address);
        channel.put("description", description + " Key: " + topic.key() + ". Producer: " + topic.producer()
                + ". Consumers: " + String.join(", ", topic.consumers()) + ".");
        ObjectNode messages = channel.putObject("messages");
        topic.types().forEach(type -> messages.putObject(id(type)).put("$ref", "#/components/messages/" + id(type)));
        ObjectNode kafka = channel.putObject("bindings").putObject("kafka");
        kafka.put("topic", address);
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
    }

    private ObjectNode addOperation(ObjectNode operations, TopicCatalogue.Topic topic, String action, String address,
                                    String description, String tag) {
        ObjectNode operation = operations.putObject(id(action + "." + address));
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + id(address));
        operation.put("description", description);
        if (tag != null) {
            operation.putArray("tags").addObject().put("name", tag);
        }
        ArrayNode messages = operation.putArray("messages");
        topic.types().forEach(type -> messages.addObject()
                .put("$ref", "#/channels/" + id(address) + "/messages/" + id(type)));
        return operation;
    }

    /**
     * AsyncAPI ids allow only letters, digits, '_' and '-': {@code leads.events.dlq} → {@code leadsEventsDlq},
     * {@code com.leadtolease.lead.upserted.v1} → {@code leadUpsertedV1}. The names themselves stay in the
     * document as channel addresses and message names.
     */
    static String id(String name) {
        String[] words = name.replaceFirst("^com\\.leadtolease\\.", "").split("[.\\-]");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return id.toString();
    }

    private ArrayNode tags(Iterable<String> consumers) {
        ArrayNode tags = json.createArrayNode();
        consumers.forEach(consumer -> tags.addObject().put("name", "consumer:" + consumer));
        return tags;
    }

    private ObjectNode message(String type, TopicCatalogue.Topic topic) {
        String file = schemaOfType.get(type);
        if (file == null) {
            throw new IllegalStateException(type + " has no schema in event-types.json");
        }
        JsonNode schema = schemaFile.apply(file);
        ObjectNode message = json.createObjectNode();
        message.put("name", type);
        message.put("title", schema.path("title").asText());
        message.put("summary", schema.path("description").asText());
        message.put("contentType", "application/json");
        message.set("headers", headers(type, topic));
        message.putObject("payload").put("$ref", "schemas/" + file);
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "the " + topic.key());
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return message;
    }

    private ObjectNode headers(String type, TopicCatalogue.Topic topic) {
        ObjectNode headers = json.createObjectNode();
        headers.put("type", "object");
        headers.putArray("required").add("ce_specversion").add("ce_id").add("ce_type").add("ce_source")
                .add("ce_time").add("content-type");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        properties.putObject("ce_id").put("type", "string")
                .put("description", "Unique event id; consumers deduplicate on it.");
        properties.putObject("ce_type").put("type", "string").put("const", type);
        properties.putObject("ce_source").put("type", "string")
                .put("description", "The producing service, e.g. /" + topic.producer() + ".");
        properties.putObject("ce_time").put("type", "string").put("format", "date-time")
                .put("description", "When the change happened (UTC).");
        properties.putObject("ce_subject").put("type", "string")
                .put("description", "The aggregate id (" + topic.key() + "), the same as the record key.");
        properties.putObject("content-type").put("type", "string").put("const", "application/json");
        return headers;
    }
}
