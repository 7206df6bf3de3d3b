package com.leadtolease.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml, merge keys resolved. */
record Compose(Path file, JsonNode root) {
    static final String FILE = "docker-compose.yml";
    /** ${VAR}, ${VAR:-default}, ${VAR:?error}; $$ is a literal dollar. */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    static Compose load() {
        Path file = Repo.file(FILE);
        return new Compose(file, Yaml.document(file));
    }

    JsonNode services() {
        return root.path("services");
    }

    JsonNode service(String name) {
        return services().path(name);
    }

    /** A service's environment, in either of compose's forms (map, or list of KEY=value). */
    Map<String, String> environment(String service) {
        JsonNode env = service(service).path("environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (env.isObject()) {
            env.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText()));
        } else if (env.isArray()) {
            env.forEach(item -> {
                String[] pair = item.asText().split("=", 2);
                values.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        return values;
    }

    /** Every variable the file takes from the environment (deploy/.env). */
    Set<String> variables() {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(Repo.read(file));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    static boolean interpolated(String value) {
        return VARIABLE.matcher(value).find();
    }

    String where(String service) {
        return FILE + " (service " + service + ")";
    }
}
