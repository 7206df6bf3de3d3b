package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.domain.LeadProfile;
import com.leadtolease.text.UnderstoodMessage;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.normalize.Role;
import com.leadtolease.text.pii.KeyedHasher;
import com.leadtolease.text.pii.PiiKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/**
 * A thread's lead profile from its lead messages only (agent messages describe listings and the office's contact
 * details, not the prospect). Newer values win; areas and pets are united; contact data is kept as keyed hashes.
 */
@ApplicationScoped
public class LeadProfileBuilder {

    private final KeyedHasher hasher;

    public LeadProfileBuilder(KeyedHasher hasher) {
        this.hasher = hasher;
    }

    public LeadProfile build(List<UnderstoodMessage> messages) {
        Entities merged = Entities.NONE;
        String emailHash = null;
        String phoneHash = null;
        for (UnderstoodMessage message : messages) {
            if (message.role() != Role.LEAD) {
                continue;
            }
            merged = merged.merge(message.entities());
            emailHash = lastHash(message, PiiKind.EMAIL, emailHash);
            phoneHash = lastHash(message, PiiKind.PHONE, phoneHash);
        }
        String nameHash = merged.name() == null ? null : hasher.hash(merged.name().strip().toLowerCase(Locale.ROOT));
        return new LeadProfile(nameHash, emailHash, phoneHash, merged.budget(), merged.moveDate(), merged.areas(),
                merged.pets(), merged.bedrooms());
    }

    private static String lastHash(UnderstoodMessage message, PiiKind kind, String previous) {
        List<String> hashes = message.piiHashes().get(kind);
        return hashes == null || hashes.isEmpty() ? previous : hashes.get(hashes.size() - 1);
    }
}
