package com.leadtolease.gateway.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * agent-service's audit log. Who may call: {@code AuditResource} lets only {@code Scopes.ADMIN} through (staff of the
 * whole company; no ownership narrower than that) and passes the caller's own token on, so agent-service checks
 * {@code Scopes.ADMIN} again.
 */
@RegisterRestClient(configKey = "agent")
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
public interface AuditClient {

    @GET
    Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("leadId") String leadId,
                  @QueryParam("sessionId") String sessionId, @QueryParam("type") String type,
                  @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                  @QueryParam("limit") String limit);
}
