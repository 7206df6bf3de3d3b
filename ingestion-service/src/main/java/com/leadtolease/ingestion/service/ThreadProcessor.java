package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.domain.LeadProfile;
import com.leadtolease.ingestion.domain.MessageEntities;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.leadtolease.ingestion.domain.RawMessage;
import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.domain.SourceTurn;
import com.leadtolease.ingestion.domain.StoredMessage;
import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.text.TextUnderstanding;
import com.leadtolease.text.UnderstoodMessage;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.normalize.TimestampParser;
import com.leadtolease.text.pii.PiiKind;
import com.leadtolease.text.stage.Stage;
import com.leadtolease.text.stage.StageClassification;
import com.leadtolease.text.stage.StageClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Turns one source thread into what is stored: each row read by text-understanding (normalization, role, PII,
 * entities, stage), its timestamp parsed, consecutive repeats dropped, then the thread's lead profile, stage, summary
 * and content-derived id. Rows that cannot be used are rejected into the job's problems.
 */
@ApplicationScoped
public class ThreadProcessor {

    private final TextUnderstanding understanding;
    private final TimestampParser timestamps;
    private final LeadProfileBuilder profiles;
    private final RawTextPolicy rawText;
    private final ZoneId zone;
    private final int maxThreadChars;

    public ThreadProcessor(TextUnderstanding understanding, TimestampParser timestamps, LeadProfileBuilder profiles,
                           RawTextPolicy rawText, IngestionConfig config) {
        this.understanding = understanding;
        this.timestamps = timestamps;
        this.profiles = profiles;
        this.rawText = rawText;
        this.zone = config.zone();
        this.maxThreadChars = config.maxThreadChars();
    }

    /** What a job knows about its input, the same for every thread. */
    public record Origin(String format, String source, String sourceFile, LocalDate fallbackDate) {
    }

    private record Kept(SourceTurn turn, UnderstoodMessage understood) {
    }

    /** @return empty when no row of the thread could be used, or the thread is over the size limit */
    public Optional<ProcessedThread> process(SourceThread thread, Origin origin, JobProgress progress) {
        long chars = thread.turns().stream().mapToLong(turn -> turn.text() == null ? 0 : turn.text().length()).sum();
        if (chars > maxThreadChars) {
            progress.rejectThread(thread.firstLine(), thread.turns().size(), describe(thread) + " has " + chars
                    + " characters, over the limit of " + maxThreadChars + " (ingestion.max-thread-chars): not ingested");
            return Optional.empty();
        }
        List<Kept> kept = new ArrayList<>();
        LocalDate lastKnownDate = null;
        for (SourceTurn turn : thread.turns()) {
            Optional<Instant> timestamp = timestamps.parse(turn.rawTimestamp());
            LocalDate readOn = timestamp.map(t -> t.atZone(zone).toLocalDate())
                    .orElse(Objects.requireNonNullElse(lastKnownDate, origin.fallbackDate()));
            lastKnownDate = readOn;
            Optional<Kept> usable = understand(turn, timestamp.orElse(null), readOn, progress);
            if (usable.isEmpty()) {
                continue;
            }
            UnderstoodMessage message = usable.get().understood();
            if (!kept.isEmpty() && isRepeat(kept.get(kept.size() - 1).understood(), message)) {
                progress.duplicateDropped();
                continue;
            }
            if (timestamp.isEmpty()) {
                progress.timestampUnreadable(turn.line(), turn.rawTimestamp());
            }
            kept.add(usable.get());
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(assemble(thread, kept, origin));
    }

    private static String describe(SourceThread thread) {
        String lines = "lines " + thread.firstLine() + "-" + thread.turns().get(thread.turns().size() - 1).line();
        return thread.sourceThreadId() == null ? "the thread at " + lines
                : "thread '" + thread.sourceThreadId() + "' (" + lines + ")";
    }

    private Optional<Kept> understand(SourceTurn turn, Instant timestamp, LocalDate readOn, JobProgress progress) {
        if (turn.text() == null || turn.text().isBlank()) {
            progress.rejectRow(turn.line(), "empty text");
            return Optional.empty();
        }
        UnderstoodMessage message = understanding.understand(turn.text(), turn.roleLabel(), timestamp, readOn);
        if (message.role() == null) {
            progress.rejectRow(turn.line(), turn.roleLabel() == null || turn.roleLabel().isBlank()
                    ? "no role, and the text has no speaker prefix such as 'Lead:' or 'Agent:'"
                    : "role '" + turn.roleLabel().strip() + "' is neither agent nor lead");
            return Optional.empty();
        }
        if (message.cleanText().isBlank()) {
            progress.rejectRow(turn.line(), "no text after the speaker prefix");
            return Optional.empty();
        }
        return Optional.of(new Kept(turn, message));
    }

    private static boolean isRepeat(UnderstoodMessage previous, UnderstoodMessage current) {
        return previous.role() == current.role() && previous.cleanText().equalsIgnoreCase(current.cleanText());
    }

    private ProcessedThread assemble(SourceThread thread, List<Kept> kept, Origin origin) {
        List<UnderstoodMessage> understood = kept.stream().map(Kept::understood).toList();
        String contentHash = ContentHash.of(understood);
        String threadId = ContentHash.threadId(origin.format(), contentHash);
        List<StoredMessage> messages = new ArrayList<>(kept.size());
        List<RawMessage> raw = new ArrayList<>(kept.size());
        String storage = rawText.storage();
        for (int turnIndex = 0; turnIndex < kept.size(); turnIndex++) {
            Kept k = kept.get(turnIndex);
            UnderstoodMessage m = k.understood();
            String id = StoredMessage.idOf(threadId, turnIndex);
            messages.add(new StoredMessage(id, threadId, turnIndex, m.role().wireName(), m.cleanText(), m.timestamp(),
                    m.stage().stage().wireName(), m.stage().confidence(), entitiesOf(m.entities()),
                    hashesOf(m.piiHashes()), origin.source(), origin.sourceFile(), k.turn().line()));
            raw.add(new RawMessage(id, threadId, turnIndex, k.turn().line(), k.turn().roleLabel(),
                    k.turn().rawTimestamp(), storage, rawText.protect(k.turn().text())));
        }
        LeadProfile profile = profiles.build(understood);
        List<StageClassification> stages = understood.stream().map(UnderstoodMessage::stage).toList();
        String stage = StageClassifier.threadStage(stages).wireName();
        List<String> labels = new TreeSet<Stage>(stages.stream().map(StageClassification::stage).toList())
                .stream().map(Stage::wireName).toList();
        Instant first = understood.stream().map(UnderstoodMessage::timestamp).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(null);
        Instant last = understood.stream().map(UnderstoodMessage::timestamp).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(null);
        return new ProcessedThread(threadId, contentHash, origin.source(), origin.sourceFile(), thread.sourceThreadId(),
                profile, labels, stage, first, last, ThreadSummarizer.summarize(profile, stage, messages.size()),
                messages, raw);
    }

    private static MessageEntities entitiesOf(Entities e) {
        return new MessageEntities(e.budget(), e.moveDate(), e.bedrooms(), e.pets(), e.areas(), e.preferences());
    }

    private static Map<String, List<String>> hashesOf(Map<PiiKind, List<String>> hashes) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        hashes.forEach((kind, values) -> byName.put(kind.wireName(), values));
        return byName;
    }
}
