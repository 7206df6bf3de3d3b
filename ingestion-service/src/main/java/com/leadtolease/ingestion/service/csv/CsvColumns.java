package com.leadtolease.ingestion.service.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where role, text, timestamp and the optional thread id are in a CSV, read from its header: names are matched
 * case-insensitively, ignoring spaces, dashes and dots, with synonyms (speaker → role, body → text, sent_at →
 * timestamp, conversation_id → thread_id …).
 */
public record CsvColumns(int role, int text, int timestamp, int threadId) {

    public static final String ROLE = "role";
    public static final String TEXT = "text";
    public static final String TIMESTAMP = "timestamp";
    public static final String THREAD_ID = "thread_id";

    private static final Map<String, Set<String>> SYNONYMS = Map.of(
            ROLE, Set.of("role", "speaker", "sender", "from", "author", "who", "party", "speaker_role", "sender_role"),
            TEXT, Set.of("text", "message", "body", "content", "message_text", "msg", "message_body", "utterance"),
            TIMESTAMP, Set.of("timestamp", "time", "date", "datetime", "date_time", "sent_at", "sent", "created_at",
                    "ts", "sent_time", "message_time"),
            THREAD_ID, Set.of("thread_id", "thread", "conversation_id", "conversation", "thread_key", "convo_id",
                    "conversationid", "threadid", "chat_id"));

    public boolean hasThreadId() {
        return threadId >= 0;
    }

    /** @throws CsvFormatException naming the columns found and expected when role, text or timestamp is missing */
    public static CsvColumns fromHeader(List<String> header) {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = canonical(header.get(i));
            for (Map.Entry<String, Set<String>> column : SYNONYMS.entrySet()) {
                if (column.getValue().contains(name)) {
                    found.putIfAbsent(column.getKey(), i);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of(ROLE, TEXT, TIMESTAMP)) {
            if (!found.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvFormatException("The CSV header lacks the column(s) " + missing + ". Found " + header
                    + "; expected role (or speaker/sender/from), text (or message/body/content), timestamp (or "
                    + "time/date/datetime/sent_at) and optionally thread_id (or conversation_id/thread)");
        }
        return new CsvColumns(found.get(ROLE), found.get(TEXT), found.get(TIMESTAMP), found.getOrDefault(THREAD_ID, -1));
    }

    private static String canonical(String headerName) {
        return headerName.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\-.]+", "_").replaceAll("^_+|_+$", "");
    }
}
