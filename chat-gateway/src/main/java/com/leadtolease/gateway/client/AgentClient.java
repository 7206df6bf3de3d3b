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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * agent-service's lead and operator APIs, bodies forwarded as JSON trees (conversation turns go over Kafka). The
 * gateway's resources check the caller (e.g. {@code Scopes.CONSOLE} for the operator calls) before any call and pass
 * the caller's own token on: agent-service checks it again and takes the operator's name from it.
 */
@RegisterRestClient(configKey = "agent")
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AgentClient {

    @GET
    @Path("/leads/stages")
    Response stages(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @POST
    @Path("/leads/{operation}")
    Response leads(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                   @PathParam("operation") String operation, JsonNode body);

    @GET
    @Path("/agent/operator/handoffs")
    Response handoffs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                      @QueryParam("limit") Integer limit);

    @GET
    @Path("/agent/operator/conversations")
    Response conversations(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @QueryParam("status") String status, @QueryParam("limit") Integer limit);

    @POST
    @Path("/agent/operator/conversations/{sessionId}/take-over")
    Response takeOver(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                      @PathParam("sessionId") String sessionId);

    @GET
    @Path("/agent/operator/conversations/{sessionId}")
    Response transcript(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                        @PathParam("sessionId") String sessionId);

    @POST
    @Path("/agent/operator/conversations/{sessionId}/reply")
    Response operatorReply(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @PathParam("sessionId") String sessionId,
                           @HeaderParam("Idempotency-Key") String key, Map<String, String> body);

    @POST
    @Path("/agent/operator/conversations/{sessionId}/release")
    Response release(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                     @PathParam("sessionId") String sessionId);

    @GET
    @Path("/funnel")
    Response funnel(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("from") String from,
                    @QueryParam("to") String to, @QueryParam("propertyId") String propertyId);
}
