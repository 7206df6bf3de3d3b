package com.leadtolease.agent.funnel;

import org.bson.Document;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Counts the funnel's documents per week and per property. */
@ApplicationScoped
public class FunnelQuery {

    private final FunnelStore store;

    FunnelQuery(FunnelStore store) {
        this.store = store;
    }

    /** Weeks from the one holding {@code from} to the one holding {@code to}, both inclusive. */
    public FunnelReport report(LocalDate from, LocalDate to, String propertyId) {
        String fromWeek = FunnelWeeks.of(from);
        String toWeek = FunnelWeeks.of(to);
        List<Document> leads = store.leads(fromWeek, toWeek, propertyId);
        List<Document> tours = store.tours(fromWeek, toWeek, propertyId);
        List<Document> applications = store.applications(fromWeek, toWeek, propertyId);

        List<FunnelReport.Week> weeks = new ArrayList<>();
        for (LocalDate monday = LocalDate.parse(fromWeek); !monday.isAfter(LocalDate.parse(toWeek));
             monday = monday.plusWeeks(1)) {
            String week = monday.toString();
            Predicate<Document> inWeek = document -> week.equals(document.getString("week"));
            weeks.add(new FunnelReport.Week(week, counts(leads, tours, applications, inWeek)));
        }
        TreeMap<String, Boolean> propertyIds = new TreeMap<>(Comparator.nullsLast(String::compareTo));
        for (List<Document> documents : List.of(leads, tours, applications)) {
            documents.forEach(document -> propertyIds.put(document.getString("propertyId"), true));
        }
        List<FunnelReport.Property> properties = propertyIds.keySet().stream()
                .map(id -> new FunnelReport.Property(id, counts(leads, tours, applications,
                        document -> Objects.equals(id, document.getString("propertyId")))))
                .toList();
        return new FunnelReport(fromWeek, toWeek, propertyId, counts(leads, tours, applications, document -> true),
                weeks, properties);
    }

    static FunnelCounts counts(List<Document> leads, List<Document> tours, List<Document> applications,
                               Predicate<Document> in) {
        List<Document> ourLeads = leads.stream().filter(in).toList();
        List<Document> ourTours = tours.stream().filter(in).toList();
        Map<String, Long> byStage = new TreeMap<>(ourLeads.stream()
                .collect(Collectors.groupingBy(lead -> lead.getString("stage"), Collectors.counting())));
        Map<String, Long> byStatus = ourTours.stream()
                .collect(Collectors.groupingBy(tour -> tour.getString("status"), Collectors.counting()));
        long rescheduled = ourTours.stream().mapToLong(tour -> tour.getList("reschedules", String.class, List.of())
                .size()).sum();
        long applied = applications.stream().filter(in).count();
        long booked = ourTours.size();
        long completed = byStatus.getOrDefault("completed", 0L);
        return new FunnelCounts(ourLeads.size(), byStage, booked, rescheduled, completed,
                byStatus.getOrDefault("cancelled", 0L), byStatus.getOrDefault("no_show", 0L), applied,
                ratio(booked, ourLeads.size()), ratio(applied, completed));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 1000.0;
    }
}
