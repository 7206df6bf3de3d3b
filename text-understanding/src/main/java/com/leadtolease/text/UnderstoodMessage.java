package com.leadtolease.text;

import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.normalize.Role;
import com.leadtolease.text.pii.PiiKind;
import com.leadtolease.text.pii.PiiValue;
import com.leadtolease.text.stage.StageClassification;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One message read by {@link TextUnderstanding}.
 *
 * @param role      who wrote it; null when neither the role hint nor a speaker prefix says
 * @param cleanText normalized, speaker prefix removed, emails/phones/addresses replaced by placeholders
 * @param timestamp when it was written, as given (may be null)
 * @param entities  read from the clean text, so email and phone are null: contact details are in {@code originals}
 * @param piiHashes keyed hashes per kind of personal data found
 * @param originals the personal data as written, for an encrypted vault only; never store or log them in clear
 */
public record UnderstoodMessage(Role role, String cleanText, Instant timestamp, Entities entities,
                                StageClassification stage, Map<PiiKind, List<String>> piiHashes,
                                List<PiiValue> originals) {

    public UnderstoodMessage {
        piiHashes = Map.copyOf(piiHashes);
        originals = List.copyOf(originals);
    }
}
