package com.leadtolease.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * agent-service's lead and operator APIs, bodies forwarded as JSON trees (conversation turns go over Kafka). Outbound
 * only: the gateway's resources check the caller (e.g. {@code Scopes.CONSOLE} for the operator calls) before any call.
 */
@RegisterRestClient(configKey = "agent")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AgentClient {

    @GET
    @Path("/leads/stages")
    Response stages();

    @POST
    @Path("/leads/{operation}")
    Response leads(@PathParam("operation") String operation, JsonNode body);

    @GET
    @Path("/agent/operator/handoffs")
    Response handoffs(@QueryParam("limit") Integer limit);

    @GET
    @Path("/agent/operator/conversations/{sessionId}")
    Response transcript(@PathParam("sessionId") String sessionId);

    @POST
    @Path("/agent/operator/conversations/{sessionId}/reply")
    Response operatorReply(@PathParam("sessionId") String sessionId, @HeaderParam("Idempotency-Key") String key,
                           Map<String, String> body);

    @POST
    @Path("/agent/operator/conversations/{sessionId}/release")
    Response release(@PathParam("sessionId") String sessionId, Map<String, String> body);
}
