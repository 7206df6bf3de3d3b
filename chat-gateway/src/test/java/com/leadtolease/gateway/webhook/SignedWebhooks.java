package com.leadtolease.gateway.webhook;

import com.leadtolease.platform.security.TimestampedSignature;
import io.restassured.response.Response;

import java.time.Instant;

import static io.restassured.RestAssured.given;

/** Sends webhook bodies as Zapier or a CRM would: signed with the test profile's secrets. */
final class SignedWebhooks {

    static final String ZAPIER_SECRET = "test-only-webhook-zapier-secret";
    static final String CRM_SECRET = "test-only-webhook-crm-secret";

    private SignedWebhooks() {
    }

    static Response zapier(String body) {
        return signed("/api/webhooks/zapier", ZAPIER_SECRET, Instant.now().getEpochSecond(), body);
    }

    static Response crm(String body) {
        return signed("/api/webhooks/crm", CRM_SECRET, Instant.now().getEpochSecond(), body);
    }

    static Response signed(String path, String secret, long timestamp, String body) {
        return send(path, Long.toString(timestamp), TimestampedSignature.sign(secret, timestamp, body), body);
    }

    static Response send(String path, String timestamp, String signature, String body) {
        var request = given().contentType("application/json").body(body);
        if (timestamp != null) {
            request.header("X-Lead2Lease-Timestamp", timestamp);
        }
        if (signature != null) {
            request.header("X-Lead2Lease-Signature", signature);
        }
        return request.post(path);
    }
}
