package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.platform.outbox.OutboxEvent;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.lead.LeadEventData;
import com.leadtolease.text.stage.Stage;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Upserts leads, deduplicated by email or phone. Every change writes the lead and its {@code leads.events}
 * (LEAD_UPSERTED, and LEAD_STAGE_CHANGED when the stage moved) in one document write; the relay publishes them.
 */
@ApplicationScoped
public class LeadService {

    private static final int ATTEMPTS = 5;

    private final LeadRepository leads;
    private final OutboxEvents events;
    private final OutboxPublisher outbox;
    private final Clock clock;

    LeadService(LeadRepository leads, OutboxEvents events, OutboxPublisher outbox, Clock clock) {
        this.leads = leads;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The lead, unless there is none or its data was erased. */
    public Optional<Lead> find(String leadId) {
        return leads.findByIdOptional(leadId).filter(lead -> !lead.erased());
    }

    /**
     * From a conversation: creates the lead once anything is known, links the session, keeps it up to date. A turn
     * that taught nothing new since this conversation last wrote the lead does not read it again.
     */
    public void recordConversation(ConversationSession session) {
        LeadFacts facts = session.facts;
        boolean knowsSomething = facts.name != null || facts.email != null || facts.phone != null
                || facts.budget != null || facts.bedrooms != null || !facts.areas.isEmpty();
        if (session.leadId == null && !knowsSomething) {
            return;
        }
        String phone = PhoneNumbers.plausible(facts.phone) ? facts.phone : null;
        LeadInput input = new LeadInput(session.leadId, facts.name, facts.email, phone, facts.budget,
                facts.moveDate, facts.bedrooms, facts.pets, facts.areas, facts.preferences, session.stage, null,
                session.id, "chat");
        String recorded = input.withLeadId(null).toString();
        if (session.leadId != null && recorded.equals(session.recordedLead)) {
            return;
        }
        LeadUpsert upsert = upsert(input, false);
        session.leadRecorded(upsert.lead().id, recorded);
    }

    /**
     * @param explicitStage true when the caller sets the stage (API); a conversation only moves it forward
     */
    public LeadUpsert upsert(LeadInput input, boolean explicitStage) {
        for (int attempt = 1; ; attempt++) {
            Instant now = clock.instant();
            String email = input.email() == null ? null : input.email().trim().toLowerCase(Locale.ROOT);
            Optional<Lead> existing = input.leadId() != null ? leads.findByIdOptional(input.leadId())
                    : Optional.empty();
            if (existing.isEmpty()) {
                existing = leads.findByEmailOrPhone(email, PhoneNumbers.key(input.phone()));
            }
            boolean created = existing.isEmpty();
            if (!created && existing.get().erased()) {
                // An erased lead takes no personal data again: a conversation still under way writes nothing.
                return new LeadUpsert(existing.get(), false, false);
            }
            Lead lead = existing.isPresent() ? existing.get() : newLead(input, now);
            String before = snapshot(lead);
            String previousStage = lead.stage;
            apply(lead, input, email, explicitStage);
            boolean changed = created || !snapshot(lead).equals(before);
            if (!changed) {
                return new LeadUpsert(lead, false, false);
            }
            lead.updatedAt = now;
            lead.revision++;
            lead.outbox.add(event(lead, EventTypes.LEAD_UPSERTED, null, now));
            if (!created && !Objects.equals(previousStage, lead.stage)) {
                lead.outbox.add(event(lead, EventTypes.LEAD_STAGE_CHANGED, previousStage, now));
            }
            switch (save(lead, created)) {
                case SAVED -> {
                    outbox.publish(lead);
                    return new LeadUpsert(lead, created, true);
                }
                // Another lead has this email or phone: it stays theirs; this lead takes the rest.
                case CONTACT_TAKEN -> input = input.withoutContact();
                case CHANGED_MEANWHILE -> {
                }
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("Lead " + lead.id + " kept changing while it was being updated");
            }
        }
    }

    private enum Saved { SAVED, CHANGED_MEANWHILE, CONTACT_TAKEN }

    /** The unique email and phone indexes turn a concurrent creation of the same lead into a retry that finds it. */
    private Saved save(Lead lead, boolean created) {
        try {
            if (!created) {
                return leads.saveIfUnchanged(lead) ? Saved.SAVED : Saved.CHANGED_MEANWHILE;
            }
            leads.persist(lead);
            return Saved.SAVED;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return created ? Saved.CHANGED_MEANWHILE : Saved.CONTACT_TAKEN;
        }
    }

    private Lead newLead(LeadInput input, Instant now) {
        Lead lead = new Lead();
        lead.id = input.leadId() != null ? input.leadId() : UUID.randomUUID().toString();
        lead.createdAt = now;
        lead.stage = Stage.QUALIFYING.wireName();
        lead.source = input.source();
        return lead;
    }

    private static void apply(Lead lead, LeadInput input, String email, boolean explicitStage) {
        if (input.name() != null) {
            lead.name = input.name().trim();
        }
        if (email != null) {
            lead.email = email;
        }
        if (input.phone() != null) {
            lead.phone = input.phone().trim();
            lead.phoneKey = PhoneNumbers.key(input.phone());
        }
        if (input.budget() != null) {
            lead.budget = input.budget();
        }
        if (input.moveDate() != null) {
            lead.moveDate = input.moveDate();
        }
        if (input.bedrooms() != null) {
            lead.bedrooms = input.bedrooms();
        }
        if (input.pets() != null) {
            lead.pets = new ArrayList<>(input.pets());
        }
        if (input.areas() != null && !input.areas().isEmpty()) {
            lead.areas = new ArrayList<>(input.areas());
        }
        if (input.preferences() != null) {
            LinkedHashSet<String> prefs = new LinkedHashSet<>(lead.preferences);
            prefs.addAll(input.preferences());
            lead.preferences = new ArrayList<>(prefs);
        }
        if (input.consentToContact() != null) {
            lead.consentToContact = input.consentToContact();
        }
        if (input.sessionId() != null && !lead.sessionIds.contains(input.sessionId())) {
            lead.sessionIds.add(input.sessionId());
        }
        if (input.stage() != null) {
            Stage wanted = Stage.fromWireName(input.stage());
            if (explicitStage || lead.stage == null || wanted.compareTo(Stage.fromWireName(lead.stage)) > 0) {
                lead.stage = wanted.wireName();
            }
        }
    }

    private OutboxEvent event(Lead lead, String type, String previousStage, Instant now) {
        LeadEventData data = new LeadEventData(lead.id, lead.version + 1, lead.stage, previousStage, lead.name,
                lead.email, lead.phone, lead.budget, lead.bedrooms, lead.moveDate, lead.pets, lead.areas,
                lead.preferences, lead.consentToContact, lead.sessionIds, now);
        return events.entry(Topics.LEADS_EVENTS, type, lead.id, now, data);
    }

    private String snapshot(Lead lead) {
        return events.json(List.of(String.valueOf(lead.name), String.valueOf(lead.email), String.valueOf(lead.phone),
                String.valueOf(lead.budget), String.valueOf(lead.moveDate), String.valueOf(lead.bedrooms),
                String.valueOf(lead.pets), String.valueOf(lead.areas), String.valueOf(lead.preferences),
                String.valueOf(lead.stage), String.valueOf(lead.consentToContact), String.valueOf(lead.sessionIds)));
    }
}
