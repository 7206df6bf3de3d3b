package com.leadtolease.agent.rest;

import com.leadtolease.agent.domain.Lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record LeadView(String id, String name, String email, String phone, Integer budget, LocalDate moveDate,
                       Integer bedrooms, List<String> pets, List<String> areas, List<String> preferences, String stage,
                       boolean consentToContact, List<String> sessionIds, long version, Instant createdAt,
                       Instant updatedAt) {

    static LeadView of(Lead lead) {
        return new LeadView(lead.id, lead.name, lead.email, lead.phone, lead.budget, lead.moveDate, lead.bedrooms,
                lead.pets, lead.areas, lead.preferences, lead.stage, lead.consentToContact, lead.sessionIds,
                lead.version, lead.createdAt, lead.updatedAt);
    }
}
