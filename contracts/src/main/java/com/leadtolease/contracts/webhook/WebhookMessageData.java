package com.leadtolease.contracts.webhook;

import java.time.Instant;

/**
 * Payload of {@code webhooks.inbound} type {@code WEBHOOK_MESSAGE_RECEIVED} (key = source): a message from a known
 * lead that reached the CRM or Zapier (for example a reply to our email). At least one of leadId, email, phone names
 * the lead; the agent answers in that lead's latest conversation and the reply goes back by email.
 *
 * @param webhookId unique per accepted request; consumers act once per id
 */
public record WebhookMessageData(String webhookId, String source, String externalId, String leadId, String email,
                                 String phone, String text, Instant receivedAt) {
}
