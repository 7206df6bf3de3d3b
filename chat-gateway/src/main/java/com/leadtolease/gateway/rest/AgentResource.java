package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.contracts.chat.GuardrailData;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.gateway.client.AgentCalls;
import com.leadtolease.gateway.client.AgentClient;
import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.gateway.service.AgentTurns;
import com.leadtolease.gateway.service.ChatInput;
import com.leadtolease.gateway.service.RateLimiter;
import com.leadtolease.gateway.service.TurnOutcome;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Conversation API over Kafka (chat.inbound → agent → chat.outbound, correlated by message id); the lead API is
 * forwarded to agent-service over REST.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agent", description = "Conversations with the leasing agent and lead records")
public class AgentResource {

    /** The answer to one turn, as agent-service's own REST API shapes it. */
    public record AgentTurnView(String sessionId, String reply, String stage, List<Map<String, Object>> cards,
                                List<String> quickReplies, List<Map<String, Object>> actions,
                                GuardrailData guardrail) {
    }

    @Inject
    AgentCalls calls;

    @Inject
    @RestClient
    AgentClient agent;

    @Inject
    AgentTurns turns;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ChatConfig config;

    @Inject
    ObjectMapper json;

    @POST
    @Path("/agent/{operation: start|reply|action}")
    @Operation(summary = "Start a conversation, send the prospect's message, or press a UI button",
            description = "start {sessionId?, leadId?, channel?, propertyId?} · reply {sessionId, text} · "
                    + "action {sessionId, type, payload}. Answers carry sessionId, reply, stage, cards, quickReplies, "
                    + "actions and guardrail. The turn travels over Kafka; 504 when the agent does not answer within "
                    + "the turn timeout (the message is kept and answered later), 404/410/400 problems from the agent.")
    public Uni<Response> converse(@PathParam("operation") String operation, JsonNode body) {
        JsonBodies.requireObject(body);
        String messageId = "gw-" + UUID.randomUUID();
        ChatInboundData turn = switch (operation) {
            case "start" -> {
                String sessionId = ChatInput.optional(body, "sessionId", 128);
                yield ChatInput.start(sessionId == null ? UUID.randomUUID().toString() : sessionId, messageId, body);
            }
            case "reply" -> ChatInput.message(sessionIdOf(body), messageId, body);
            default -> ChatInput.action(sessionIdOf(body), messageId, body, "type", json);
        };
        return turns.send(turn).map(AgentResource::answer)
                .onFailure(TimeoutException.class).recoverWithItem(this::timedOut)
                .onFailure(AgentTurns.NotPublished.class).recoverWithItem(AgentResource::notPublished);
    }

    private String sessionIdOf(JsonNode body) {
        String sessionId = ChatInput.id(body, "sessionId");
        rateLimiter.sessionMessage(sessionId);
        return sessionId;
    }

    private static Response answer(TurnOutcome outcome) {
        if (outcome instanceof TurnOutcome.Failed failed) {
            ChatTurnFailedData failure = failed.failure();
            return Response.status(failure.status()).type(Problem.MEDIA_TYPE).entity(failure.problem()).build();
        }
        AgentReplyData reply = ((TurnOutcome.Replied) outcome).reply();
        return Response.ok(new AgentTurnView(reply.sessionId(), reply.reply(), reply.stage(), reply.cards(),
                reply.quickReplies(), reply.actions(), reply.guardrail())).build();
    }

    private Response timedOut() {
        return problem(504, "Agent timeout", "The leasing agent did not answer within "
                + config.turnTimeout().toSeconds() + " s; try again — your message was kept and will be answered.")
                .build();
    }

    private static Response notPublished() {
        return problem(503, "Service unavailable", "The conversation service cannot take messages right now; "
                + "your message was not sent. Please try again shortly.")
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(Problem.of(status, title, detail));
    }

    @GET
    @Path("/leads/stages")
    @Operation(summary = "The lead stages, in order")
    public Response stages() {
        return calls.read(() -> agent.stages());
    }

    @POST
    @Path("/leads/{operation: leads|threads}")
    @Operation(summary = "Upsert a lead (deduplicated by email or phone) or create a conversation thread")
    public Response leads(@PathParam("operation") String operation, JsonNode body) {
        JsonBodies.requireObject(body);
        return calls.write(() -> agent.leads(operation, body));
    }

    @POST
    @Path("/leads/parse-inquiry")
    @Operation(summary = "Read name, contact, budget, bedrooms, move date, pets, areas and preferences from a free-text inquiry")
    public Response parseInquiry(JsonNode body) {
        JsonBodies.requireObject(body);
        return calls.read(() -> agent.leads("parse-inquiry", body));
    }
}
