package com.leadtolease.contracts.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code leads.events} types {@code LEAD_UPSERTED} and {@code LEAD_STAGE_CHANGED} (key = lead id): the
 * lead as it is after the change (event-carried state).
 *
 * @param previousStage the stage before a stage change, otherwise null
 * @param version       increases on every change of the lead
 */
public record LeadEventData(String leadId, long version, String stage, String previousStage, String name,
                            String email, String phone, Integer budget, Integer bedrooms, LocalDate moveDate,
                            List<String> pets, List<String> areas, List<String> preferences,
                            boolean consentToContact, List<String> sessionIds, Instant updatedAt) {
}
