package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.client.AgentCalls;
import com.leadtolease.gateway.client.AgentClient;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import com.leadtolease.gateway.service.ConsoleEvents;
import io.smallrye.mutiny.Multi;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The leasing team's API (scope {@code console}): hand-offs, transcripts, replies into a prospect's chat and giving
 * a conversation back to the agent. The operator's own token goes on to agent-service, which checks it again and takes
 * the operator's name from it, never from the body.
 */
@Path("/api/operator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.CONSOLE)
@Tag(name = "operator", description = "For leasing staff signed in with the console scope")
public class OperatorResource {

    private static final int MAX_TEXT = 2000;

    @Inject
    AgentCalls calls;

    @Inject
    @RestClient
    AgentClient agent;

    @Inject
    ConsoleEvents consoleEvents;

    @Inject
    JsonWebToken operator;

    @GET
    @Path("/handoffs")
    @Operation(summary = "Open conversations handed to a person, the latest hand-off first")
    public Response handoffs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @QueryParam("limit") Integer limit) {
        return calls.read(() -> agent.handoffs(authorization, limit));
    }

    @GET
    @Path("/conversations")
    @Operation(summary = "The console's inbox: conversations needing a person first (latest hand-off first), then "
            + "live ones", description = "status=live (the only listing), limit 1..200 (default 50).")
    public Response conversations(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @QueryParam("status") @DefaultValue("live") @Pattern(regexp = "live") String status,
                                  @QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        return calls.read(() -> agent.conversations(authorization, status, limit));
    }

    @GET
    @Path("/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live changes for the console as server-sent events: {sessionId, type, at} only",
            description = "Types: ready (first), handoff_requested, agent_replied, operator_replied, ping. No message "
                    + "text or personal data: read the conversation for those. Send the token in the Authorization "
                    + "header (fetch streaming); the stream ends with the token or after gateway.console"
                    + ".stream-lifetime, then open it again.")
    public Multi<ConsoleEvents.ConsoleEvent> events() {
        return consoleEvents.stream(Instant.ofEpochSecond(operator.getExpirationTime()));
    }

    @POST
    @Path("/conversations/{sessionId}/take-over")
    @Operation(summary = "Take the conversation as the signed-in operator: the agent pauses until the hand-back")
    public Response takeOver(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                             @PathParam("sessionId") String sessionId) {
        return calls.write(() -> agent.takeOver(authorization, sessionId));
    }

    @GET
    @Path("/conversations/{sessionId}")
    @Operation(summary = "A conversation's lead details, tour and messages (personal data as placeholders)")
    public Response transcript(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @PathParam("sessionId") String sessionId) {
        return calls.read(() -> agent.transcript(authorization, sessionId));
    }

    @POST
    @Path("/conversations/{sessionId}/reply")
    @Operation(summary = "Reply into the prospect's chat as the signed-in operator; the agent pauses",
            description = "Body {text}. Retry safely with the same Idempotency-Key.")
    public Response reply(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("sessionId") String sessionId, @HeaderParam("Idempotency-Key") String key,
                          JsonNode body) {
        JsonBodies.requireObject(body);
        JsonNode text = body.path("text");
        if (!text.isTextual() || text.asText().isBlank() || text.asText().length() > MAX_TEXT) {
            throw ProblemException.invalidField("text", "is required, at most " + MAX_TEXT + " characters");
        }
        if (key != null && key.length() > 128) {
            throw ProblemException.invalidField("Idempotency-Key", "must be at most 128 characters");
        }
        return calls.write(() -> agent.operatorReply(authorization, sessionId, key, Map.of("text", text.asText())));
    }

    @POST
    @Path("/conversations/{sessionId}/release")
    @Operation(summary = "Give the conversation back to the agent")
    public Response release(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                            @PathParam("sessionId") String sessionId) {
        return calls.write(() -> agent.release(authorization, sessionId));
    }
}
