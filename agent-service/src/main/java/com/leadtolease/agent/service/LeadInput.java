package com.leadtolease.agent.service;

import java.time.LocalDate;
import java.util.List;

/** What is known about a lead from one source (the API or a conversation); null fields leave the lead as it is. */
public record LeadInput(String leadId, String name, String email, String phone, Integer budget, LocalDate moveDate,
                        Integer bedrooms, List<String> pets, List<String> areas, List<String> preferences,
                        String stage, Boolean consentToContact, String sessionId, String source) {

    public LeadInput withLeadId(String id) {
        return new LeadInput(id, name, email, phone, budget, moveDate, bedrooms, pets, areas, preferences, stage,
                consentToContact, sessionId, source);
    }

    public LeadInput withoutContact() {
        return new LeadInput(leadId, name, null, null, budget, moveDate, bedrooms, pets, areas, preferences, stage,
                consentToContact, sessionId, source);
    }
}
