package com.leadtolease.agent.rest;

import com.leadtolease.agent.service.AuditLog;
import com.leadtolease.agent.service.AuditViews;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The audit log, read-only: there is no route that changes or deletes an entry. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    static final int MAX_LIMIT = 200;
    private static final int MAX_ID = 100;

    private final AuditLog log;

    AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @RolesAllowed(Scopes.ADMIN)
    @Operation(summary = "The audit log across services, newest first: messages in and out, tool calls, actions, "
            + "guardrail hits, tour changes, operator actions, tokens issued, exports and erasures. Filter by leadId "
            + "(also the entries of its conversations), sessionId, type, from (inclusive) and to (exclusive, ISO "
            + "instants); page with the opaque nextCursor (limit 1-200, default 50). Summaries are PII-redacted. "
            + "Needs admin.")
    public AuditViews.Page list(@QueryParam("leadId") @Size(max = MAX_ID) String leadId,
                                @QueryParam("sessionId") @Size(max = MAX_ID) String sessionId,
                                @QueryParam("type") @Size(max = 40) String type,
                                @QueryParam("from") @Size(max = 40) String from,
                                @QueryParam("to") @Size(max = 40) String to,
                                @QueryParam("cursor") @Size(max = 200) String cursor,
                                @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
        return log.page(blankToNull(leadId), blankToNull(sessionId), blankToNull(type), instant(from, "from"),
                instant(to, "to"), blankToNull(cursor), limit);
    }

    private static Instant instant(String value, String field) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO instant such as 2026-05-01T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
