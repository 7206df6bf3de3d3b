package com.leadtolease.ingestion.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.repository.ThreadQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Writes the fine-tune dataset as JSON lines, one thread at a time: for every agent turn that answers one or more
 * lead turns, a prompt (stage, what the lead said about themselves so far, the last turns) and the agent's reply
 * as completion. Only clean text is used, so personal data appears as [EMAIL] / [PHONE] / [ADDRESS].
 */
@ApplicationScoped
public class FinetuneExporter {

    private static final byte[] NEWLINE = {'\n'};

    private final ThreadQueries threads;
    private final ObjectMapper json;
    private final int contextTurns;

    public FinetuneExporter(ThreadQueries threads, ObjectMapper json, IngestionConfig config) {
        this.threads = threads;
        this.json = json;
        this.contextTurns = config.finetune().contextTurns();
    }

    public void write(OutputStream out) throws IOException {
        for (Document thread : threads.allThreadIds()) {
            String threadId = thread.getString("_id");
            for (Map<String, Object> pair : pairs(threadId, threads.messages(thread))) {
                out.write(json.writeValueAsBytes(pair));
                out.write(NEWLINE);
            }
            out.flush();
        }
    }

    List<Map<String, Object>> pairs(String threadId, List<Document> messages) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        Deque<String> history = new ArrayDeque<>();
        Profile profile = new Profile();
        boolean leadWaiting = false;
        for (Document message : messages) {
            String role = message.getString("role");
            String text = message.getString("clean_text");
            if ("agent".equals(role) && leadWaiting) {
                String stage = message.getString("stage");
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("prompt", prompt(stage, profile, history));
                pair.put("completion", " " + text);
                pair.put("stage", stage);
                pair.put("entities", profile.asMap());
                pair.put("thread_id", threadId);
                pair.put("turn_index", message.getInteger("turn_index"));
                pairs.add(pair);
            }
            if ("lead".equals(role)) {
                profile.add(message.get("entities", Document.class));
            }
            leadWaiting = "lead".equals(role);
            history.addLast(("agent".equals(role) ? "Agent: " : "Lead: ") + text);
            while (history.size() > contextTurns) {
                history.removeFirst();
            }
        }
        return pairs;
    }

    private static String prompt(String stage, Profile profile, Deque<String> history) {
        return "Stage: " + stage + "\nLead: " + profile.describe() + "\nConversation:\n" + String.join("\n", history)
                + "\nAgent:";
    }

    /** What the lead said about themselves so far in the thread (newer values win, lists united). */
    private static final class Profile {
        private Object budget;
        private Object bedrooms;
        private Object moveDate;
        private final LinkedHashSet<String> areas = new LinkedHashSet<>();
        private LinkedHashSet<String> pets;

        void add(Document entities) {
            if (entities == null) {
                return;
            }
            budget = entities.get("budget") != null ? entities.get("budget") : budget;
            bedrooms = entities.get("bedrooms") != null ? entities.get("bedrooms") : bedrooms;
            moveDate = entities.get("move_date") != null ? entities.get("move_date") : moveDate;
            areas.addAll(entities.getList("areas", String.class, List.of()));
            List<String> newPets = entities.getList("pets", String.class);
            if (newPets != null) {
                pets = pets == null ? new LinkedHashSet<>() : pets;
                pets.addAll(newPets);
            }
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("budget", budget);
            map.put("bedrooms", bedrooms);
            map.put("move_date", moveDate);
            map.put("areas", List.copyOf(areas));
            map.put("pets", pets == null ? null : List.copyOf(pets));
            return map;
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            asMap().forEach((key, value) -> {
                if (value != null && !(value instanceof List<?> list && list.isEmpty() && !"pets".equals(key))) {
                    parts.add(key + "=" + value);
                }
            });
            return parts.isEmpty() ? "nothing known yet" : String.join("; ", parts);
        }
    }
}
