package com.leadtolease.text;

import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.entities.EntityExtractor;
import com.leadtolease.text.normalize.Role;
import com.leadtolease.text.normalize.RoleAndText;
import com.leadtolease.text.normalize.RoleMapper;
import com.leadtolease.text.normalize.TextNormalizer;
import com.leadtolease.text.pii.PiiRedactor;
import com.leadtolease.text.pii.Redaction;
import com.leadtolease.text.stage.StageClassification;
import com.leadtolease.text.stage.StageClassifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Reads one message end to end: normalization, speaker prefix, PII redaction, entities, stage. Ingestion-service and
 * agent-service both go through here, so a message means the same in a historical CSV and in a live chat.
 */
public final class TextUnderstanding {

    private final TextNormalizer normalizer;
    private final RoleMapper roles;
    private final PiiRedactor redactor;
    private final EntityExtractor entities;
    private final StageClassifier stages;
    private final ZoneId zone;

    /** @param zone where the conversations happen; turns a timestamp into the date relative dates are read from */
    public TextUnderstanding(TextNormalizer normalizer, RoleMapper roles, PiiRedactor redactor,
                             EntityExtractor entities, StageClassifier stages, ZoneId zone) {
        this.normalizer = normalizer;
        this.roles = roles;
        this.redactor = redactor;
        this.entities = entities;
        this.stages = stages;
        this.zone = zone;
    }

    /** The shipped components: Houston gazetteer, bundled stage training set. */
    public static TextUnderstanding withDefaults(String hmacSecret, ZoneId zone) {
        return new TextUnderstanding(new TextNormalizer(), new RoleMapper(), new PiiRedactor(hmacSecret),
                new EntityExtractor(), new StageClassifier(), zone);
    }

    /**
     * @param roleHint      the role column or channel ("lead", "Prospect", "Leasing Agent" …); wins over a speaker
     *                      prefix in the text, which is stripped either way; null when unknown
     * @param timestamp     when the message was written; may be null if {@code referenceDate} is given
     * @param referenceDate the day "next month" or "June 1st" are read from; null means the timestamp's date
     */
    public UnderstoodMessage understand(String text, String roleHint, Instant timestamp, LocalDate referenceDate) {
        LocalDate readOn = referenceDate != null ? referenceDate : dateOf(timestamp);
        String normalized = normalizer.normalize(text);
        Optional<RoleAndText> prefixed = roles.inferFromPrefix(normalized);
        Role role = roles.map(roleHint).or(() -> prefixed.map(RoleAndText::role)).orElse(null);
        Redaction redaction = redactor.redact(prefixed.map(RoleAndText::text).orElse(normalized));
        Entities found = entities.extractNormalized(redaction.cleanText(), readOn);
        StageClassification stage = stages.classify(redaction.cleanText(), role);
        return new UnderstoodMessage(role, redaction.cleanText(), timestamp, found, stage,
                redaction.hashesByKind(), redaction.values());
    }

    private LocalDate dateOf(Instant timestamp) {
        if (timestamp == null) {
            throw new IllegalArgumentException("A message needs a timestamp or a reference date");
        }
        return timestamp.atZone(zone).toLocalDate();
    }
}
