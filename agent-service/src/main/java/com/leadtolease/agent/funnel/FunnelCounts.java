package com.leadtolease.agent.funnel;

import java.util.Map;

/**
 * The funnel of one week, one property or the whole range.
 *
 * @param leads          leads first seen in the range, in their current stage
 * @param leadsByStage   those leads per current stage (a lead moving stage moves between buckets)
 * @param tourConversion toursBooked ÷ leads, null without leads
 * @param applyConversion applications ÷ toursCompleted, null without a completed tour
 */
public record FunnelCounts(long leads, Map<String, Long> leadsByStage, long toursBooked, long toursRescheduled,
                           long toursCompleted, long toursCancelled, long toursNoShow, long applications,
                           Double tourConversion, Double applyConversion) {
}
