package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.domain.LeadProfile;
import java.util.ArrayList;
import java.util.List;

/** A one-line, PII-free description of a thread, built from its lead profile and stage. */
final class ThreadSummarizer {

    private ThreadSummarizer() {
    }

    static String summarize(LeadProfile profile, String stage, int messageCount) {
        List<String> wants = new ArrayList<>();
        if (profile.bedrooms() != null) {
            wants.add(profile.bedrooms() == 0 ? "a studio" : profile.bedrooms() + " bedroom(s)");
        }
        if (!profile.preferredAreas().isEmpty()) {
            wants.add("in " + String.join(", ", profile.preferredAreas()));
        }
        if (profile.budget() != null) {
            wants.add("up to $" + profile.budget() + "/month");
        }
        if (profile.moveDate() != null) {
            wants.add("moving " + profile.moveDate());
        }
        if (profile.pets() != null) {
            wants.add(profile.pets().isEmpty() ? "no pets" : "with " + String.join(", ", profile.pets()));
        }
        String lead = wants.isEmpty() ? "Lead" : "Lead looking for " + String.join(", ", wants);
        return lead + "; reached " + stage + " in " + messageCount + " message(s).";
    }
}
