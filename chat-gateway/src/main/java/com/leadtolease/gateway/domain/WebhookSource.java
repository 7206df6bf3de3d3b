package com.leadtolease.gateway.domain;

import com.leadtolease.contracts.webhook.WebhookLeadData;

/** Who sends inbound webhooks; each signs with its own secret and has its own idempotency keys. */
public enum WebhookSource {
    ZAPIER(WebhookLeadData.SOURCE_ZAPIER),
    CRM(WebhookLeadData.SOURCE_CRM);

    private final String id;

    WebhookSource(String id) {
        this.id = id;
    }

    /** The name on the wire: the event's source field and its Kafka key. */
    public String id() {
        return id;
    }
}
