package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.config.WebhooksConfig;
import com.leadtolease.gateway.domain.WebhookSource;
import com.leadtolease.gateway.repository.WebhookDeliveries.Answer;
import com.leadtolease.gateway.service.WebhookIntake;
import com.leadtolease.gateway.service.WebhookSignatures;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Inbound webhooks from Zapier and a CRM (docs/integrations.md): authenticated by the HMAC of the source's secret,
 * not a token, and checked in this order before anything is parsed or stored: size (413), secret configured (503),
 * timestamp and signature (401); then the JSON (400), its fields (400 naming them) and the idempotency key (a retry
 * gets the first answer, another body under the same key 409).
 */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@Tag(name = "webhooks", description = "Inbound webhooks: new leads and messages from Zapier or a CRM, signed with HMAC")
@PermitAll // authenticated by the HMAC signature of the source's secret, checked below before anything is read
public class WebhooksResource {

    private final WebhookSignatures signatures;
    private final WebhookIntake intake;
    private final int maxBodyBytes;

    WebhooksResource(WebhookSignatures signatures, WebhookIntake intake, WebhooksConfig config) {
        this.signatures = signatures;
        this.intake = intake;
        this.maxBodyBytes = config.maxBodyBytes();
    }

    @POST
    @Path("/zapier")
    @Operation(summary = "Inbound Zapier webhook (Catch Hook shape): a new lead or a lead's message",
            description = "Signed: X-Lead2Lease-Timestamp (Unix seconds) and X-Lead2Lease-Signature: sha256=<hex "
                    + "HMAC-SHA256 of timestamp + \".\" + raw body> with WEBHOOK_ZAPIER_SECRET. Idempotency-Key "
                    + "header or the body's id. Answers 202 {webhookId, type, sessionId?, status}.")
    public Response zapier(@HeaderParam(WebhookSignatures.TIMESTAMP_HEADER) String timestamp,
                           @HeaderParam(WebhookSignatures.SIGNATURE_HEADER) String signature,
                           @HeaderParam(WebhookIntake.IDEMPOTENCY_HEADER) String idempotencyKey,
                           @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        return receive(WebhookSource.ZAPIER, timestamp, signature, idempotencyKey, contentLength, body);
    }

    @POST
    @Path("/crm")
    @Operation(summary = "Inbound CRM webhook (lead.created, message.created)",
            description = "Signed like the Zapier route, with WEBHOOK_CRM_SECRET. Idempotency-Key header or the "
                    + "body's eventId. Answers 202 {webhookId, type, sessionId?, status}.")
    public Response crm(@HeaderParam(WebhookSignatures.TIMESTAMP_HEADER) String timestamp,
                        @HeaderParam(WebhookSignatures.SIGNATURE_HEADER) String signature,
                        @HeaderParam(WebhookIntake.IDEMPOTENCY_HEADER) String idempotencyKey,
                        @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength, InputStream body) {
        return receive(WebhookSource.CRM, timestamp, signature, idempotencyKey, contentLength, body);
    }

    private Response receive(WebhookSource source, String timestamp, String signature, String idempotencyKey,
                             String contentLength, InputStream body) {
        if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > maxBodyBytes) {
            throw tooLarge();
        }
        String secret = signatures.secret(source);
        byte[] raw = readCapped(body);
        signatures.verify(secret, timestamp, signature, raw);
        Answer answer = intake.accept(source, idempotencyKey, raw);
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body()).build();
    }

    private byte[] readCapped(InputStream body) {
        try {
            byte[] raw = body == null ? new byte[0] : body.readNBytes(maxBodyBytes + 1);
            if (raw.length > maxBodyBytes) {
                throw tooLarge();
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(Problem.of(413, "Content too large", "A webhook body may be at most "
                + maxBodyBytes + " bytes; nothing was stored."));
    }
}
