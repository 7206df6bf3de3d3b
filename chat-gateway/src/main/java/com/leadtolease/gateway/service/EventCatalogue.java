package com.leadtolease.gateway.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event catalogue of the contracts jar, read once: the AsyncAPI document and the JSON Schema files that
 * {@code schemas/event-types.json} names. Only those names can be asked for, so no other classpath file is reachable.
 */
@ApplicationScoped
public class EventCatalogue {
    static final String ASYNCAPI = "asyncapi.json";
    static final String SCHEMAS = "schemas/";
    static final String EVENT_TYPES = SCHEMAS + "event-types.json";

    /** One file's bytes and the strong ETag clients revalidate with. */
    public record Document(byte[] content, String etag) {
        static Document of(byte[] content) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
                return new Document(content, HexFormat.of().formatHex(hash, 0, 16));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Document asyncApi;
    private final Map<String, Document> schemas = new TreeMap<>();

    @Inject
    public EventCatalogue(ObjectMapper json) {
        asyncApi = Document.of(read(ASYNCAPI));
        Map<String, String> schemaOfType;
        try {
            schemaOfType = json.readValue(read(EVENT_TYPES), new TypeReference<Map<String, String>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schemaOfType.values().forEach(file -> schemas.computeIfAbsent(file, f -> Document.of(read(SCHEMAS + f))));
    }

    public Document asyncApi() {
        return asyncApi;
    }

    /** Empty for any name that is not a schema file of event-types.json. */
    public Optional<Document> schema(String file) {
        return Optional.ofNullable(schemas.get(file));
    }

    private static byte[] read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the contracts jar has no " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
