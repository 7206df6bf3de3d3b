package com.leadtolease.text.stage;

import com.leadtolease.text.normalize.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads labelled messages in the {@code stage<TAB>role<TAB>text} format; "#" lines and blank lines are skipped. */
public final class TrainingData {

    private static final String DEFAULT_RESOURCE = "/text-understanding/stage-training.tsv";

    private TrainingData() {
    }

    /** The labelled set shipped with this library. */
    public static List<LabelledExample> bundled() {
        try (InputStream tsv = TrainingData.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (tsv == null) {
                throw new IllegalStateException("Missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static List<LabelledExample> parse(Reader tsv) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        BufferedReader lines = new BufferedReader(tsv);
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", 3);
            if (fields.length != 3) {
                throw new IllegalArgumentException("Line " + lineNumber + ": expected stage<TAB>role<TAB>text");
            }
            try {
                Role role = Role.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
                examples.add(new LabelledExample(Stage.fromWireName(fields[0]), role, fields[2].strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return examples;
    }
}
