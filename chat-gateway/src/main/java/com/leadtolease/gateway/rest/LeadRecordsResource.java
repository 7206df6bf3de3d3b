package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.client.AgentCalls;
import com.leadtolease.gateway.client.BookingClient;
import com.leadtolease.gateway.client.LeadRecordsClient;
import com.leadtolease.platform.client.BookingCalls;
import com.leadtolease.platform.security.Scopes;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The CRM read API at the edge (docs/integrations.md): lists, reads, exports and erases leads by forwarding the
 * caller's own token to agent-service, and adds the lead's tours from booking-service when that token also holds
 * bookings:read (it is never upgraded to the gateway's). Any lead of the company is visible to a token holding the
 * scope (one tenant per deployment); prospects' chat tokens are no bearer tokens and never get here.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leads")
public class LeadRecordsResource {

    private static final int MAX_ID = 100;
    private static final int MAX_QUERY = 200;
    /** booking-service's page cap: a lead has far fewer tours. */
    private static final String TOURS_PAGE = "100";

    @Inject
    AgentCalls agentCalls;

    @Inject
    @RestClient
    LeadRecordsClient agent;

    @Inject
    BookingCalls bookingCalls;

    @Inject
    @RestClient
    BookingClient booking;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @GET
    @Path("/leads")
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "Leads ordered by last change, for sync", description = "Filters: stage, updatedSince (ISO "
            + "instant, inclusive). Pages: limit 1-100 (default 50) and the opaque nextCursor as cursor. name, email "
            + "and phone are null unless the token also holds leads:read-pii. Erased leads are left out.")
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @QueryParam("stage") String stage, @QueryParam("updatedSince") String updatedSince,
                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        for (String value : new String[] {stage, updatedSince, cursor, limit}) {
            if (value != null && value.length() > MAX_QUERY) {
                throw ProblemException.badRequest("A query parameter is longer than " + MAX_QUERY + " characters");
            }
        }
        return agentCalls.read(() -> agent.list(authorization, stage, updatedSince, cursor, limit));
    }

    @GET
    @Path("/leads/{id}")
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "One lead with its tours", description = "Profile, stage, consent, sessionIds, "
            + "lastActivityAt, version, and tours (null unless the token also holds bookings:read). name, email and "
            + "phone are null unless the token also holds leads:read-pii. ETag covers the lead's version and its "
            + "tours; If-None-Match with it answers 304. 410 once the lead's data was erased.")
    public Response lead(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        requireId(id);
        Response lead = agentCalls.read(() -> agent.lead(authorization, id));
        if (lead.getStatus() != 200) {
            return lead;
        }
        ObjectNode body = (ObjectNode) json.readTree((String) lead.getEntity());
        JsonNode tours = tours(authorization, id);
        body.set("tours", tours);
        String tag = "\"" + unquoted(lead.getHeaderString(HttpHeaders.ETAG)) + "." + digest(tours) + "\"";
        if (ifNoneMatch != null && ifNoneMatch.length() <= MAX_QUERY && ifNoneMatch.contains(tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag)
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        return Response.ok(json.writeValueAsString(body), MediaType.APPLICATION_JSON).header(HttpHeaders.ETAG, tag)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
    }

    @GET
    @Path("/leads/{id}/conversation")
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "The lead's conversations: role, text, time, the staff member's name on operator replies",
            description = "Emails, phones and addresses are always placeholders; without leads:read-pii the "
                    + "person's names are replaced by [NAME] too.")
    public Response conversation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @PathParam("id") String id) {
        requireId(id);
        return agentCalls.read(() -> agent.conversation(authorization, id));
    }

    @GET
    @Path("/leads/{id}/data")
    @RolesAllowed(Scopes.LEADS_READ_PII)
    @Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
    @Operation(summary = "Export everything kept about the person, as one JSON file",
            description = "A download (Content-Disposition: attachment): agent-service's record (lead, sessions, "
                    + "messages, chat memory, audit entries) and the lead's tours (when the token also holds "
                    + "bookings:read). Needs leads:read-pii.")
    public Response export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id)
            throws JsonProcessingException {
        requireId(id);
        Response exported = agentCalls.read(() -> agent.export(authorization, id));
        if (exported.getStatus() != 200) {
            return exported;
        }
        ObjectNode file = json.createObjectNode();
        file.put("leadId", id);
        file.put("exportedAt", Instant.now().toString());
        file.set("agentService", json.readTree((String) exported.getEntity()));
        file.set("tours", tours(authorization, id));
        return Response.ok(json.writerWithDefaultPrettyPrinter().writeValueAsString(file), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"lead-" + id.replaceAll("[^A-Za-z0-9-]", "_")
                        + "-data.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("/leads/{id}/data")
    @RolesAllowed(Scopes.LEADS_ERASE)
    @Operation(summary = "Erase the person's data across the suite", description = "agent-service erases the lead "
            + "and its conversations and publishes LEAD_ERASED; booking-service, notification-service and the "
            + "gateway clear their copies when they read it. 202 {erasureId, leadId}; repeating it answers the same "
            + "erasureId. Needs leads:erase.")
    public Response erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        requireId(id);
        return agentCalls.write(() -> agent.erase(authorization, id));
    }

    /** The lead's tours with the caller's own token, or null when it does not hold bookings:read. */
    private JsonNode tours(String authorization, String leadId) {
        if (!identity.hasRole(Scopes.BOOKINGS_READ)) {
            return NullNode.getInstance();
        }
        return bookingCalls.read(() -> booking.listTours(authorization, null, null, leadId, null, null, null,
                TOURS_PAGE), response -> {
            String body = response.hasEntity() ? response.readEntity(String.class) : null;
            response.close();
            if (response.getStatus() != 200 || body == null) {
                return NullNode.getInstance();
            }
            try {
                return json.readTree(body).path("items");
            } catch (JsonProcessingException e) {
                return NullNode.getInstance();
            }
        });
    }

    private static void requireId(String id) {
        if (id.length() > MAX_ID) {
            throw ProblemException.invalidField("id", "must be at most " + MAX_ID + " characters");
        }
    }

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("W/", "").replace("\"", "");
    }

    private static String digest(JsonNode tours) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(tours.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
