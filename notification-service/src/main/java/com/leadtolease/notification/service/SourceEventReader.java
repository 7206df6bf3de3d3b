package com.leadtolease.notification.service;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.notification.domain.SourceEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the event kept on a delivery document back, as the kind of event its type says it is. */
@ApplicationScoped
public class SourceEventReader {

    private final TourEventReader tours;
    private final AgentActionReader actions;
    private final LeadEventReader leadEvents;

    public SourceEventReader(TourEventReader tours, AgentActionReader actions, LeadEventReader leadEvents) {
        this.tours = tours;
        this.actions = actions;
        this.leadEvents = leadEvents;
    }

    /** @throws InvalidEventException when the stored value cannot be read as its type */
    public NotifiableEvent read(SourceEvent source) {
        if (EventTypes.AGENT_ACTION.equals(source.type)) {
            return actions.read(source.toEnvelope());
        }
        if (EventTypes.LEAD_EMAIL_REQUESTED.equals(source.type)) {
            return leadEvents.email(source.toEnvelope());
        }
        return tours.read(source.toEnvelope());
    }
}
