package com.leadtolease.text.pii;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A message with its personal data replaced by placeholders, and the data found (originals, for an encrypted vault
 * only, and their keyed hashes), in the order found.
 */
public record Redaction(String cleanText, List<PiiValue> values) {

    public Redaction {
        values = List.copyOf(values);
    }

    /** The hashes per kind, without duplicates; kinds that were not found are absent. */
    public Map<PiiKind, List<String>> hashesByKind() {
        Map<PiiKind, List<String>> hashes = new EnumMap<>(PiiKind.class);
        for (PiiValue value : values) {
            List<String> ofKind = hashes.computeIfAbsent(value.kind(), kind -> new ArrayList<>());
            if (!ofKind.contains(value.hash())) {
                ofKind.add(value.hash());
            }
        }
        hashes.replaceAll((kind, list) -> List.copyOf(list));
        return hashes;
    }
}
