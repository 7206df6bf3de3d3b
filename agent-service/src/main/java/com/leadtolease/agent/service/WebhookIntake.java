package com.leadtolease.agent.service;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.policy.MessageReader;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.lead.LeadEmailData;
import com.leadtolease.contracts.webhook.WebhookLeadData;
import com.leadtolease.contracts.webhook.WebhookMessageData;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.entities.EntityExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What an inbound webhook (Zapier, a CRM) does in the agent. A new lead is created or updated with the form's facts
 * and what its message says, and a conversation is opened on the session the gateway named, with a welcome that
 * knows the form; a message from a known lead is answered in its latest conversation. Each reply goes to the chat
 * (chat.outbound) and, in the same turn write, to the lead's mailbox ({@code LEAD_EMAIL_REQUESTED}).
 * <p>
 * Idempotent by webhook id: the turn's message id is derived from it, so a webhook delivered again finds its turn and
 * changes and publishes nothing.
 */
@ApplicationScoped
public class WebhookIntake {

    /** The channel of conversations the agent starts by email. */
    public static final String CHANNEL_EMAIL = "email";

    private static final Logger LOG = Logger.getLogger(WebhookIntake.class);

    private final LeadService leads;
    private final LeadRepository leadRepository;
    private final SessionRepository sessions;
    private final ConversationService conversations;
    private final OutboxEvents events;
    private final EntityExtractor extractor;
    private final Clock clock;
    private final ZoneId zone;

    WebhookIntake(LeadService leads, LeadRepository leadRepository, SessionRepository sessions,
                  ConversationService conversations, OutboxEvents events, EntityExtractor extractor, Clock clock,
                  AgentConfig config) {
        this.leads = leads;
        this.leadRepository = leadRepository;
        this.sessions = sessions;
        this.conversations = conversations;
        this.events = events;
        this.extractor = extractor;
        this.clock = clock;
        this.zone = ZoneId.of(config.timeZone());
    }

    /** A webhook no lead matches: it can never be handled, so it goes to the dead-letter topic. */
    public static class UnknownLead extends RuntimeException {
        UnknownLead(String webhookId) {
            super("No lead matches webhook " + webhookId + " (by lead id, email or phone)");
        }
    }

    public void leadReceived(WebhookLeadData data) {
        String messageId = messageId(data.webhookId());
        if (conversations.answered(data.sessionId(), messageId).isPresent()) {
            LOG.debugf("Webhook %s was handled before; nothing to do", data.webhookId());
            return;
        }
        Lead lead = leads.upsert(input(data), false).lead();
        conversations.welcome(data.sessionId(), lead.id, CHANNEL_EMAIL, data.propertyId(), data.message(), messageId,
                email(LeadEmailData.KIND_INVITE, data.webhookId(), data.propertyId()));
    }

    public void messageReceived(WebhookMessageData data) {
        Lead lead = find(data).orElseThrow(() -> new UnknownLead(data.webhookId()));
        String messageId = messageId(data.webhookId());
        String sessionId = sessions.findLatestOpenOfLead(lead.id).map(session -> session.id)
                .orElseGet(() -> derivedId("webhook-session:" + data.webhookId()));
        if (conversations.answered(sessionId, messageId).isPresent()) {
            LOG.debugf("Webhook %s was handled before; nothing to do", data.webhookId());
            return;
        }
        conversations.replyOpeningIfNew(sessionId, lead.id, CHANNEL_EMAIL, null, data.text(), messageId,
                email(LeadEmailData.KIND_REPLY, data.webhookId(), null));
    }

    private Optional<Lead> find(WebhookMessageData data) {
        if (data.leadId() != null && !data.leadId().isBlank()) {
            return leads.find(data.leadId());
        }
        String email = data.email() == null || data.email().isBlank() ? null
                : data.email().trim().toLowerCase(Locale.ROOT);
        return leadRepository.findByEmailOrPhone(email, PhoneNumbers.key(data.phone()));
    }

    /** The form's own fields win; its free text fills in what they leave open. */
    private LeadInput input(WebhookLeadData data) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Entities said = data.message() == null || data.message().isBlank() ? Entities.NONE
                : extractor.extract(data.message(), today);
        LeadContact contact = data.contact() == null ? new LeadContact(null, null, null) : data.contact();
        String phone = firstNonNull(contact.phone(), said.phone());
        List<String> saidPets = said.pets() != null && MessageReader.speaksOfOwnPets(data.message()) ? said.pets()
                : null;
        LocalDate moveDate = firstNonNull(data.moveDate(), said.moveDate());
        return new LeadInput(null, firstNonNull(contact.name(), said.name()),
                firstNonNull(contact.email(), said.email()), PhoneNumbers.plausible(phone) ? phone : null,
                firstNonNull(data.budget(), said.budget()), moveDate != null && moveDate.isBefore(today) ? null
                : moveDate, firstNonNull(data.bedrooms(), said.bedrooms()), firstNonNull(data.pets(), saidPets),
                said.areas(), said.preferences(), null, data.consentToContact(), data.sessionId(), data.source());
    }

    /** The email beside the turn's reply: none for an empty reply (staff hold the conversation) or without an address. */
    private ConversationService.FollowUps email(String kind, String webhookId, String propertyId) {
        return (session, answer, now) -> {
            if (answer.reply() == null || answer.reply().isBlank()) {
                return List.of();
            }
            if (session.facts.email == null || session.leadId == null) {
                LOG.infof("Lead %s has no email address: no %s email for webhook %s", session.leadId, kind,
                        webhookId);
                return List.of();
            }
            LeadEmailData email = new LeadEmailData(derivedId("email:" + kind + ":" + webhookId), kind,
                    session.leadId, session.id, new LeadContact(session.facts.name, session.facts.email,
                    session.facts.phone), propertyId != null ? propertyId : propertyOf(session), answer.reply(), now);
            return List.of(events.entry(Topics.LEADS_EVENTS, EventTypes.LEAD_EMAIL_REQUESTED, session.leadId, now,
                    email));
        };
    }

    private static String propertyOf(ConversationSession session) {
        return session.chosenPropertyId != null ? session.chosenPropertyId : session.contextPropertyId;
    }

    /** The turn a webhook causes answers this message id, the same however often the webhook comes. */
    static String messageId(String webhookId) {
        return "webhook-" + webhookId;
    }

    private static String derivedId(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static <T> T firstNonNull(T first, T second) {
        return first != null ? first : second;
    }
}
