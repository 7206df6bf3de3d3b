package com.leadtolease.agent.rest;

import com.leadtolease.agent.service.CrmViews;
import com.leadtolease.agent.service.LeadEraser;
import com.leadtolease.agent.service.LeadRecords;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.text.stage.Stage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The CRM read API and a person's data export and erasure. Integration clients and staff holding the scope see any
 * lead of the company (one tenant per deployment); prospects' chat tokens carry no scope and never get here.
 */
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leads")
public class LeadRecordsResource {

    static final int MAX_LIMIT = 100;
    private static final int MAX_ID = 100;

    private final LeadRecords records;
    private final LeadEraser eraser;
    private final JsonWebToken caller;

    LeadRecordsResource(LeadRecords records, LeadEraser eraser, JsonWebToken caller) {
        this.records = records;
        this.eraser = eraser;
        this.caller = caller;
    }

    @GET
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "Leads ordered by (updatedAt, id), for sync: filter by stage and updatedSince (ISO instant, "
            + "inclusive), page with the opaque nextCursor (limit 1-100, default 50). Erased leads are left out. "
            + "name, email and phone are null (piiRedacted true) unless the token also holds leads:read-pii.")
    public CrmViews.LeadPage list(@QueryParam("stage") @Size(max = 40) String stage,
                                  @QueryParam("updatedSince") @Size(max = 40) String updatedSince,
                                  @QueryParam("cursor") @Size(max = 200) String cursor,
                                  @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
        return records.list(stage(stage), instant(updatedSince), blankToNull(cursor), limit, pii());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "One lead: profile, stage, consent, sessionIds, lastActivityAt and version. ETag is the "
            + "version; If-None-Match with it answers 304. name, email and phone are null (piiRedacted true) unless "
            + "the token also holds leads:read-pii. 410 once the lead's data was erased.")
    public Response lead(@PathParam("id") @Size(max = MAX_ID) String id,
                         @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Size(max = 200) String ifNoneMatch) {
        boolean pii = pii();
        EntityTag tag = new EntityTag(records.version(id) + (pii ? "" : "-redacted"));
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag.toString()) || ifNoneMatch.strip().equals("*"))) {
            return Response.notModified(tag).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION).build();
        }
        return Response.ok(records.profile(id, pii)).tag(tag).header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }

    @GET
    @Path("/{id}/conversation")
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "The transcript of the lead's conversations: role (lead, agent, operator), text, time and "
            + "the staff member's name for operator replies. Emails, phones and addresses are always stored as "
            + "placeholders; without leads:read-pii the person's names are replaced by [NAME] too.")
    public CrmViews.Conversation conversation(@PathParam("id") @Size(max = MAX_ID) String id) {
        return records.conversation(id, pii());
    }

    @GET
    @Path("/{id}/data")
    @RolesAllowed(Scopes.LEADS_READ_PII)
    @Operation(summary = "Everything agent-service keeps about the person: the lead, sessions, messages, thread "
            + "records, chat memory and audit entries, as JSON. Needs leads:read-pii. The export is audited.")
    public CrmViews.LeadExport export(@PathParam("id") @Size(max = MAX_ID) String id) {
        return records.export(id, caller.getSubject());
    }

    @DELETE
    @Path("/{id}/data")
    @RolesAllowed(Scopes.LEADS_ERASE)
    @Operation(summary = "Erase the person's data: the lead becomes a tombstone without personal data, its sessions, "
            + "messages and chat memory are deleted, its audit entries kept with their summaries erased, LEAD_ERASED goes out on leads.events for the "
            + "other services, and an audit record (no personal data) names the token's subject. 202 {erasureId}; "
            + "repeating it answers the same erasureId and publishes nothing again. Needs leads:erase.")
    public Response erase(@PathParam("id") @Size(max = MAX_ID) String id) {
        return Response.accepted(eraser.erase(id, caller.getSubject())).build();
    }

    private boolean pii() {
        return caller.getGroups().contains(Scopes.LEADS_READ_PII);
    }

    private static String stage(String stage) {
        if (blankToNull(stage) == null) {
            return null;
        }
        try {
            return Stage.fromWireName(stage).wireName();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("stage", "is not a lead stage (see GET /api/leads/stages)");
        }
    }

    private static Instant instant(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("updatedSince", "must be an ISO instant such as 2026-05-01T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
