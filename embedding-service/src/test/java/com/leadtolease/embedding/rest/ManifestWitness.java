package com.leadtolease.embedding.rest;

import com.leadtolease.embedding.repository.ManifestRepository;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the embedding routes write: runs and versions in {@code embedding_manifest}, above all which version is
 * active. A refused request must add or change none of them. The outbox relay drains events in the background, so
 * runs are compared without their relay bookkeeping (a new event comes with a changed status anyway).
 */
final class ManifestWitness implements RouteMatrix.Witness {

    private static final List<String> RELAY_FIELDS = MongoOutboxStore.FIELDS;

    private final MongoCollection<Document> runs;
    private Map<Object, Document> runsBefore;

    ManifestWitness(ManifestRepository manifest) {
        this.runs = manifest.mongoCollection().withDocumentClass(Document.class);
    }

    @Override
    public void reset() {
        runsBefore = runsWithoutRelayFields();
    }

    @Override
    public List<String> traces() {
        List<String> traces = new ArrayList<>();
        Map<Object, Document> now = runsWithoutRelayFields();
        Set<String> activeBefore = activeVersions(runsBefore);
        Set<String> active = activeVersions(now);
        if (!active.equals(activeBefore)) {
            traces.add("the active version went from " + activeBefore + " to " + active);
        }
        now.forEach((id, run) -> {
            if (!run.equals(runsBefore.get(id))) {
                traces.add("run " + id + " (version " + run.getString("version") + ") was written");
            }
        });
        runsBefore.keySet().stream().filter(id -> !now.containsKey(id))
                .forEach(id -> traces.add("run " + id + " was removed"));
        return traces;
    }

    private Map<Object, Document> runsWithoutRelayFields() {
        Map<Object, Document> byId = new HashMap<>();
        for (Document run : runs.find()) {
            RELAY_FIELDS.forEach(run::remove);
            byId.put(run.get("_id"), run);
        }
        return byId;
    }

    private static Set<String> activeVersions(Map<Object, Document> runs) {
        return runs.values().stream().filter(run -> Boolean.TRUE.equals(run.getBoolean("active")))
                .map(run -> run.getString("version")).collect(Collectors.toCollection(TreeSet::new));
    }
}
