package com.leadtolease.agent.funnel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.contracts.lead.LeadEventData;
import com.leadtolease.platform.messaging.BadMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Set;

/** Turns lead, tour and action events into the funnel's state ({@link FunnelStore}). */
@ApplicationScoped
public class FunnelRecorder {

    static final Set<String> LEAD_TYPES = Set.of(EventTypes.LEAD_UPSERTED, EventTypes.LEAD_STAGE_CHANGED);
    static final Map<String, String> TOUR_STATUS = Map.of(
            EventTypes.TOUR_SCHEDULED, "scheduled",
            EventTypes.TOUR_RESCHEDULED, "scheduled",
            EventTypes.TOUR_CANCELLED, "cancelled",
            EventTypes.TOUR_COMPLETED, "completed",
            EventTypes.TOUR_NO_SHOW, "no_show");
    static final Set<String> ACTION_TYPES = Set.of(EventTypes.AGENT_ACTION);

    private final FunnelStore store;
    private final ObjectMapper json;

    FunnelRecorder(FunnelStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void lead(EventEnvelope<String> event) {
        LeadEventData lead = read(event, LeadEventData.class);
        require(lead.leadId(), "leadId", event);
        require(lead.stage(), "stage", event);
        store.leadStage(lead.leadId(), lead.stage(), lead.version(), FunnelWeeks.of(event.time()));
    }

    void tour(EventEnvelope<String> event) {
        TourEventData tour = read(event, TourEventData.class);
        require(tour.tourId(), "tourId", event);
        String week = FunnelWeeks.of(event.time());
        store.tourStatus(tour.tourId(), tour.propertyId(), tour.leadId(), week, TOUR_STATUS.get(event.type()),
                tour.sequence());
        if (EventTypes.TOUR_RESCHEDULED.equals(event.type())) {
            store.tourRescheduled(tour.tourId(), event.id());
        }
        if (tour.leadId() != null && tour.propertyId() != null) {
            store.leadProperty(tour.leadId(), tour.propertyId(), week);
        }
    }

    void action(EventEnvelope<String> event) {
        AgentActionData action = read(event, AgentActionData.class);
        require(action.type(), "type", event);
        String week = FunnelWeeks.of(event.time());
        if (AgentActionData.APPLY_NOW.equals(action.type())) {
            String key = action.idempotencyKey() == null || action.idempotencyKey().isBlank()
                    ? event.id() : action.idempotencyKey();
            store.application(key, action.propertyId(), action.leadId(), week);
        }
        if (action.leadId() != null && action.propertyId() != null) {
            store.leadProperty(action.leadId(), action.propertyId(), week);
        }
    }

    private <T> T read(EventEnvelope<String> event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            // The parser's message may quote the record (personal data): the location only.
            throw new BadMessage("Funnel event " + event.id() + " is not a " + type.getSimpleName() + " JSON (at "
                    + (e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()) + ")");
        }
    }

    private static void require(String value, String field, EventEnvelope<String> event) {
        if (value == null || value.isBlank()) {
            throw new BadMessage("Funnel event " + event.id() + " has no " + field);
        }
    }
}
