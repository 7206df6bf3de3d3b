package com.leadtolease.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.gateway.domain.InboundWebhook;
import com.leadtolease.gateway.domain.WebhookSource;

import java.util.Set;

/**
 * Reads the two webhook shapes (docs/integrations.md, "Inbound webhooks") into one {@link InboundWebhook}: Zapier's
 * flat "Catch Hook" fields and the generic CRM's nested ones. A new lead needs an email or a phone; a new message
 * needs its text and an email, a phone or a lead id. Unknown fields are ignored (Zaps add their own).
 */
public final class WebhookPayloads {

    static final String ZAPIER_NEW_LEAD = "new_lead";
    static final String ZAPIER_NEW_MESSAGE = "new_message";
    static final String CRM_LEAD_CREATED = "lead.created";
    static final String CRM_MESSAGE_CREATED = "message.created";

    private WebhookPayloads() {
    }

    /** @throws com.leadtolease.contracts.problem.ProblemException 400 naming every bad field */
    public static InboundWebhook read(WebhookSource source, JsonNode body) {
        return source == WebhookSource.ZAPIER ? zapier(body) : crm(body);
    }

    static InboundWebhook zapier(JsonNode body) {
        WebhookFields fields = new WebhookFields();
        String event = kind(fields, body, "event", Set.of(ZAPIER_NEW_LEAD, ZAPIER_NEW_MESSAGE));
        String id = fields.text(body, "id", "id", WebhookFields.ID_MAX);
        InboundWebhook webhook = null;
        if (ZAPIER_NEW_LEAD.equals(event)) {
            String name = fields.text(body, "name", "name", 2 * WebhookFields.NAME_MAX);
            String first = fields.text(body, "first_name", "first_name", WebhookFields.NAME_MAX);
            String last = fields.text(body, "last_name", "last_name", WebhookFields.NAME_MAX);
            String email = fields.email(body, "email", "email");
            String phone = fields.phone(body, "phone", "phone");
            requireContact(fields, body, email, phone, "email", "phone");
            webhook = new InboundWebhook.NewLead(id, id, new LeadContact(fullName(name, first, last), email, phone),
                    fields.text(body, "property_id", "property_id", WebhookFields.PROPERTY_ID_MAX),
                    fields.text(body, "message", "message", WebhookFields.TEXT_MAX),
                    fields.money(body, "budget", "budget"),
                    fields.count(body, "bedrooms", "bedrooms", WebhookFields.BEDROOMS_MAX),
                    fields.date(body, "move_in_date", "move_in_date"),
                    fields.list(body, "pets", "pets"),
                    fields.flag(body, "consent_to_contact", "consent_to_contact"));
        } else if (ZAPIER_NEW_MESSAGE.equals(event)) {
            String leadId = fields.text(body, "lead_id", "lead_id", WebhookFields.ID_MAX);
            String email = fields.email(body, "email", "email");
            String phone = fields.phone(body, "phone", "phone");
            String text = requiredText(fields, body, "message", "message");
            requireLead(fields, body, leadId, email, phone, "lead_id", "email", "phone");
            webhook = new InboundWebhook.NewMessage(id, id, leadId, email, phone, text);
        }
        fields.throwIfInvalid();
        return webhook;
    }

    static InboundWebhook crm(JsonNode body) {
        WebhookFields fields = new WebhookFields();
        String type = kind(fields, body, "type", Set.of(CRM_LEAD_CREATED, CRM_MESSAGE_CREATED));
        String eventId = fields.text(body, "eventId", "eventId", WebhookFields.ID_MAX);
        fields.instant(body, "occurredAt", "occurredAt");
        JsonNode lead = fields.object(body, "lead", "lead");
        JsonNode interest = fields.object(body, "interest", "interest");
        JsonNode message = fields.object(body, "message", "message");
        String externalId = fields.text(lead, "externalId", "lead.externalId", WebhookFields.ID_MAX);
        String email = fields.email(lead, "email", "lead.email");
        String phone = fields.phone(lead, "phone", "lead.phone");
        InboundWebhook webhook = null;
        if (CRM_LEAD_CREATED.equals(type)) {
            String first = fields.text(lead, "firstName", "lead.firstName", WebhookFields.NAME_MAX);
            String last = fields.text(lead, "lastName", "lead.lastName", WebhookFields.NAME_MAX);
            requireContact(fields, lead, email, phone, "lead.email", "lead.phone");
            webhook = new InboundWebhook.NewLead(eventId, externalId, new LeadContact(fullName(null, first, last),
                    email, phone),
                    fields.text(interest, "propertyId", "interest.propertyId", WebhookFields.PROPERTY_ID_MAX),
                    fields.text(message, "text", "message.text", WebhookFields.TEXT_MAX),
                    fields.money(interest, "maxRent", "interest.maxRent"),
                    fields.count(interest, "bedrooms", "interest.bedrooms", WebhookFields.BEDROOMS_MAX),
                    fields.date(interest, "moveInDate", "interest.moveInDate"),
                    fields.list(interest, "pets", "interest.pets"),
                    fields.flag(lead, "consentToContact", "lead.consentToContact"));
        } else if (CRM_MESSAGE_CREATED.equals(type)) {
            String leadId = fields.text(lead, "id", "lead.id", WebhookFields.ID_MAX);
            String text = requiredText(fields, message, "text", "message.text");
            requireLead(fields, lead, leadId == null ? externalId : leadId, email, phone, "lead.externalId",
                    "lead.email", "lead.phone");
            webhook = new InboundWebhook.NewMessage(eventId, externalId, leadId, email, phone, text);
        }
        fields.throwIfInvalid();
        return webhook;
    }

    private static String kind(WebhookFields fields, JsonNode body, String field, Set<String> allowed) {
        String value = fields.text(body, field, field, 40);
        if (value == null) {
            fields.fail(field, "is required: one of " + String.join(", ", allowed.stream().sorted().toList()));
        } else if (!allowed.contains(value)) {
            fields.fail(field, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            return null;
        }
        return value;
    }

    private static String requiredText(WebhookFields fields, JsonNode parent, String field, String path) {
        String text = fields.text(parent, field, path, WebhookFields.TEXT_MAX);
        if (text == null && blank(parent, field)) {
            fields.fail(path, "is required: the message's text");
        }
        return text;
    }

    /** A bad email or phone is already named; only a lead with neither gets this error. */
    private static void requireContact(WebhookFields fields, JsonNode parent, String email, String phone,
                                       String emailPath, String phonePath) {
        if (email == null && phone == null && blank(parent, leaf(emailPath)) && blank(parent, leaf(phonePath))) {
            fields.fail(emailPath, "a new lead needs an email or a phone (" + phonePath + ")");
        }
    }

    private static void requireLead(WebhookFields fields, JsonNode parent, String leadId, String email, String phone,
                                    String leadIdPath, String emailPath, String phonePath) {
        if (leadId == null && email == null && phone == null && blank(parent, leaf(emailPath))
                && blank(parent, leaf(phonePath))) {
            fields.fail(leadIdPath, "a message needs the lead it comes from: " + leadIdPath + ", " + emailPath
                    + " or " + phonePath);
        }
    }

    private static boolean blank(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() || node.isValueNode() && node.asText().isBlank();
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String fullName(String name, String first, String last) {
        if (name != null) {
            return name;
        }
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }
}
