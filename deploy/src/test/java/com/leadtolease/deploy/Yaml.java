package com.leadtolease.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.yaml.snakeyaml.LoaderOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** YAML files as Jackson trees: SnakeYAML resolves anchors and {@code <<:} merge keys and refuses duplicate keys. */
final class Yaml {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {
    }

    /** Every non-empty document of a file. */
    static List<JsonNode> documents(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try {
            for (Object document : parser().loadAll(Repo.read(file))) {
                if (document != null) {
                    documents.add(JSON.valueToTree(document));
                }
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException(Repo.relative(file) + " is not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    static JsonNode document(Path file) {
        List<JsonNode> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(Repo.relative(file) + " should hold one YAML document, not " + documents.size());
        }
        return Objects.requireNonNull(documents.get(0));
    }

    private static org.yaml.snakeyaml.Yaml parser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new org.yaml.snakeyaml.Yaml(options);
    }
}
