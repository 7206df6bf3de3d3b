package com.leadtolease.agent.funnel;

import java.util.List;

/**
 * GET /api/funnel: the totals of the range, then per week (oldest first, every week of the range) and per property.
 *
 * @param from       the Monday of the first week
 * @param to         the Monday of the last week (inclusive)
 * @param propertyId the property filter, or null for the whole company
 */
public record FunnelReport(String from, String to, String propertyId, FunnelCounts totals, List<Week> weeks,
                           List<Property> properties) {

    public record Week(String week, FunnelCounts counts) {
    }

    /** @param propertyId null for leads no tour or action has tied to a property yet */
    public record Property(String propertyId, FunnelCounts counts) {
    }
}
