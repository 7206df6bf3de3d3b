package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.client.AgentCalls;
import com.leadtolease.gateway.client.AuditClient;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The audit log at the edge, for the console and administrators: forwards the caller's own token to agent-service. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class AuditResource {

    private static final int MAX_QUERY = 200;

    @Inject
    AgentCalls agentCalls;

    @Inject
    @RestClient
    AuditClient agent;

    @GET
    @RolesAllowed(Scopes.ADMIN)
    @Operation(summary = "The audit log across services, newest first", description = "Messages in and out, tool "
            + "calls, actions, guardrail hits, tour changes, operator actions, tokens issued, exports and erasures, "
            + "PII-redacted. Filters: leadId, sessionId, type, from (inclusive) and to (exclusive, ISO instants). "
            + "Pages: limit 1-200 (default 50) and the opaque nextCursor as cursor. Needs admin.")
    public Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @QueryParam("leadId") String leadId, @QueryParam("sessionId") String sessionId,
                         @QueryParam("type") String type, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                         @QueryParam("limit") String limit) {
        for (String value : new String[] {leadId, sessionId, type, from, to, cursor, limit}) {
            if (value != null && value.length() > MAX_QUERY) {
                throw ProblemException.badRequest("A query parameter is longer than " + MAX_QUERY + " characters");
            }
        }
        return agentCalls.read(() -> agent.list(authorization, leadId, sessionId, type, from, to, cursor, limit));
    }
}
