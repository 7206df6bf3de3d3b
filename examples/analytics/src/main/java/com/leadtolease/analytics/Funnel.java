package com.leadtolease.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The leasing funnel, fed with events in any order (three topics have no order between them) and counted on
 * {@link #report()}: leads (distinct leadId of lead.upserted) → qualified (a lead whose stage moved past
 * qualifying) → tour booked (tour.scheduled) → toured (tour.completed) → applied (agent action apply_now).
 *
 * <p>A lead is counted on the UTC day it first appeared and under the property of its first tour, else of its first
 * action naming one, else {@value #NO_PROPERTY}. Tours and actions name the lead by leadId, or only by the chat
 * session, which the lead's sessionIds resolve. Events are deduplicated on their id (delivery is at-least-once).
 */
public final class Funnel {
    public static final String NO_PROPERTY = "(none)";
    /** Stages that are not yet "qualified" (agent-service LeadStages: qualifying comes first). */
    private static final Set<String> NOT_QUALIFIED = Set.of("qualifying", "new");
    private static final String APPLY_NOW = "apply_now";

    private record Fact(String leadId, String sessionId, String propertyId, Instant time) {
    }

    private final Set<String> seenIds = new HashSet<>();
    private final Map<String, Instant> firstSeen = new HashMap<>();
    private final Set<String> qualified = new HashSet<>();
    private final Map<String, String> leadOfSession = new HashMap<>();
    private final Map<String, Fact> scheduledTours = new HashMap<>();
    private final Map<String, Fact> completedTours = new HashMap<>();
    private final List<Fact> actions = new ArrayList<>();
    private final List<Fact> applications = new ArrayList<>();

    public void accept(CloudEvent event) {
        if (!seenIds.add(event.id())) {
            return;
        }
        switch (event.shortType()) {
            case "lead.upserted", "lead.stage-changed" -> lead(event);
            case "booking.tour.scheduled" -> tour(event, scheduledTours);
            case "booking.tour.completed" -> tour(event, completedTours);
            case "agent.action" -> action(event);
            default -> { }
        }
    }

    private void lead(CloudEvent event) {
        String leadId = event.text("leadId");
        if (leadId == null) {
            return;
        }
        if (event.shortType().equals("lead.upserted")) {
            firstSeen.merge(leadId, event.time(), (a, b) -> a.isBefore(b) ? a : b);
        }
        String stage = event.text("stage");
        if (stage != null && !NOT_QUALIFIED.contains(stage)) {
            qualified.add(leadId);
        }
        event.data().path("sessionIds").forEach(session -> leadOfSession.put(session.asText(), leadId));
    }

    private void tour(CloudEvent event, Map<String, Fact> tours) {
        String tourId = event.text("tourId");
        if (tourId != null) {
            tours.putIfAbsent(tourId, fact(event));
        }
    }

    private void action(CloudEvent event) {
        Fact fact = fact(event);
        actions.add(fact);
        if (APPLY_NOW.equals(event.text("type"))) {
            applications.add(fact);
        }
    }

    private static Fact fact(CloudEvent event) {
        return new Fact(event.text("leadId"), event.text("sessionId"), event.text("propertyId"), event.time());
    }

    public FunnelReport report() {
        Set<String> booked = leadsOf(scheduledTours.values());
        Set<String> toured = leadsOf(completedTours.values());
        Set<String> applied = leadsOf(applications);
        Map<String, FunnelReport.Row> rows = new TreeMap<>();
        firstSeen.forEach((leadId, time) -> {
            LocalDate day = time.atOffset(ZoneOffset.UTC).toLocalDate();
            String property = propertyOf(leadId);
            FunnelReport.Row row = new FunnelReport.Row(day, property, 1, count(qualified, leadId),
                    count(booked, leadId), count(toured, leadId), count(applied, leadId));
            rows.merge(day + " " + property, row, FunnelReport.Row::plus);
        });
        return new FunnelReport(List.copyOf(rows.values()));
    }

    private String propertyOf(String leadId) {
        Comparator<Fact> earliest = Comparator.comparing(Fact::time);
        Optional<String> tourProperty = scheduledTours.values().stream()
                .filter(f -> leadId.equals(leadOf(f)) && f.propertyId() != null).min(earliest).map(Fact::propertyId);
        return tourProperty.or(() -> actions.stream()
                        .filter(f -> leadId.equals(leadOf(f)) && f.propertyId() != null).min(earliest)
                        .map(Fact::propertyId))
                .orElse(NO_PROPERTY);
    }

    private Set<String> leadsOf(Iterable<Fact> facts) {
        Set<String> leads = new HashSet<>();
        facts.forEach(fact -> {
            String leadId = leadOf(fact);
            if (leadId != null) {
                leads.add(leadId);
            }
        });
        return leads;
    }

    private String leadOf(Fact fact) {
        return fact.leadId() != null ? fact.leadId() : leadOfSession.get(fact.sessionId());
    }

    private static int count(Set<String> leads, String leadId) {
        return leads.contains(leadId) ? 1 : 0;
    }
}
