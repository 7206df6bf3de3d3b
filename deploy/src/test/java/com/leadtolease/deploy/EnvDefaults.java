package com.leadtolease.deploy;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * deploy/env-defaults.txt: the keys compose and k8s may leave unset, each under a "## why" heading (which may go on
 * over several "## " lines). Every other line is a key, a # comment or blank.
 */
record EnvDefaults(Path file, Map<String, String> reasonByKey) {
    static final String FILE = "deploy/env-defaults.txt";

    static EnvDefaults load() {
        Path file = Repo.file(FILE);
        Map<String, String> reasons = new TreeMap<>();
        String reason = null;
        boolean inHeading = false;
        int number = 0;
        for (String line : Repo.read(file).split("\n", -1)) {
            number++;
            String text = line.strip();
            if (text.startsWith("## ")) {
                // A heading may go on over several "## " lines.
                reason = inHeading ? reason + " " + text.substring(3) : text.substring(3);
                inHeading = true;
                continue;
            }
            inHeading = false;
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            } else if (!text.matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalStateException(FILE + ":" + number + ": not an environment key: " + text);
            } else if (reason == null) {
                throw new IllegalStateException(FILE + ":" + number + ": " + text + " has no \"## why\" heading above it");
            } else if (reasons.put(text, reason) != null) {
                throw new IllegalStateException(FILE + ":" + number + ": " + text + " is listed twice");
            }
        }
        return new EnvDefaults(file, reasons);
    }

    boolean allows(String key) {
        return reasonByKey.containsKey(key);
    }
}
