package com.leadtolease.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment keys one service reads. The services take their environment through {@code ${ENV_KEY:default}}
 * references in application.properties (every typed @ConfigMapping key that a deployment sets has one), so those are
 * what a deployment must cover. Quarkus' own {@code QUARKUS_*} keys are overridable too and count as read.
 */
record ServiceConfig(String service, Path file, Map<String, EnvRead> reads, int port) {
    private static final Pattern PORT = Pattern.compile("\\$\\{[A-Z_]+_PORT:(\\d+)}");

    /** Keys a library reads from the environment itself, per service, with why they are set. */
    private static final Map<String, Set<String>> LIBRARY_KEYS = Map.of(
            // DJL unpacks the in-process model's tokenizer library there (the root file system is read-only).
            "embedding-service", Set.of("DJL_CACHE_DIR"));

    static ServiceConfig of(String service) {
        Path file = Repo.file(service + "/src/main/resources/application.properties");
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, EnvRead> reads = new TreeMap<>();
        int port = -1;
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("%") && !name.startsWith("%prod.")) {
                continue;
            }
            String value = properties.getProperty(name);
            for (EnvRead read : references(value)) {
                reads.merge(read.key(), read, EnvRead::merge);
            }
            if (name.equals("quarkus.http.port")) {
                Matcher m = PORT.matcher(value);
                port = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            }
        }
        return new ServiceConfig(service, file, reads, port);
    }

    /** Whether setting this key in the environment changes this service. */
    boolean reads(String key) {
        return reads.containsKey(key) || key.startsWith("QUARKUS_")
                || LIBRARY_KEYS.getOrDefault(service, Set.of()).contains(key);
    }

    Optional<EnvRead> read(String key) {
        return Optional.ofNullable(reads.get(key));
    }

    String fileName() {
        return Repo.relative(file);
    }

    /** Every {@code ${UPPER_CASE_KEY}} or {@code ${KEY:default}} in a value, nested defaults included. */
    static List<EnvRead> references(String value) {
        List<EnvRead> found = new ArrayList<>();
        int at = value.indexOf("${");
        while (at >= 0) {
            int start = at + 2;
            int end = start;
            while (end < value.length() && (Character.isUpperCase(value.charAt(end))
                    || Character.isDigit(value.charAt(end)) || value.charAt(end) == '_')) {
                end++;
            }
            if (end > start && end < value.length() && Character.isUpperCase(value.charAt(start))) {
                String key = value.substring(start, end);
                if (value.charAt(end) == ':') {
                    found.add(new EnvRead(key, true, value.substring(end + 1, closing(value, end))));
                } else if (value.charAt(end) == '}') {
                    found.add(new EnvRead(key, false, null));
                }
            }
            at = value.indexOf("${", start);
        }
        return found;
    }

    /** The index of the '}' that closes the expression whose default starts after {@code colon}. */
    private static int closing(String value, int colon) {
        int depth = 1;
        for (int i = colon + 1; i < value.length(); i++) {
            if (value.startsWith("${", i)) {
                depth++;
                i++;
            } else if (value.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return value.length();
    }
}
