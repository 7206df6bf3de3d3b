package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.ChatInboundData;
import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.contracts.chat.GuardrailData;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.client.AgentCalls;
import com.leadtolease.gateway.client.AgentClient;
import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.service.AgentTurns;
import com.leadtolease.gateway.service.ChatInput;
import com.leadtolease.gateway.service.RateLimiter;
import com.leadtolease.gateway.service.ChatTokens;
import com.leadtolease.gateway.service.TurnOutcome;
import com.leadtolease.gateway.auth.Callers;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.platform.security.SignedTokens;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import io.smallrye.common.annotation.Blocking;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The header that carries a chat session's own token on REST turns. */
    public static final String CHAT_TOKEN = "X-Chat-Token";

    private static final String NOT_YOURS = "This conversation was not started by this client: only the client that "
            + "started it, or the prospect with its " + CHAT_TOKEN + ", may speak in it.";

    /**
     * The answer to one turn, as agent-service's own REST API shapes it; a start also carries the new session's
     * token, which every later turn of that session must send in {@value #CHAT_TOKEN}.
     */
    public record AgentTurnView(String sessionId, String reply, String stage, List<Map<String, Object>> cards,
                                List<String> quickReplies, List<Map<String, Object>> actions,
                                GuardrailData guardrail, String token, Instant tokenExpiresAt) {
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

    @Inject
    Callers callers;

    @Inject
    ChatTokens chatTokens;

    @Inject
    SecurityIdentity identity;

    @Inject
    ChatSessionRepository sessions;

    @POST
    @Path("/agent/{operation: start|reply|action}")
    @PermitAll // prospects have no account: start opens a session and answers its token, later turns send it;
    // CRM clients (agent:converse) may name a session or a lead
    @Operation(summary = "Start a conversation, send the prospect's message, or press a UI button",
            description = "start {channel?, propertyId?} answers the new sessionId and its token; reply {sessionId, "
                    + "text} and action {sessionId, type, payload} need that token in X-Chat-Token, or the bearer "
                    + "token (agent:converse) of the client that started the session: a client holding "
                    + "agent:converse may start with a sessionId or leadId, and speaks only in sessions it started. Answers carry "
                    + "sessionId, reply, stage, cards, quickReplies, actions and guardrail. The turn travels over "
                    + "Kafka; 504 when the agent does not answer within the turn timeout (the message is kept and "
                    + "answered later), 404/410/400 problems from the agent; 401/403 for a missing or wrong token; "
                    + "429 past the rate limits.")
    @Blocking // an integration's turn reads or claims its session in MongoDB
    public Uni<Response> converse(@PathParam("operation") String operation,
                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                  @HeaderParam(CHAT_TOKEN) String chatToken, JsonNode body,
                                  @Context HttpServerRequest request) {
        JsonBodies.requireObject(body);
        String messageId = "gw-" + UUID.randomUUID();
        ChatInboundData turn = switch (operation) {
            case "start" -> start(messageId, body, authorization, request);
            case "reply" -> ChatInput.message(ownedSession(body, authorization, chatToken), messageId, body);
            default -> ChatInput.action(ownedSession(body, authorization, chatToken), messageId, body, "type", json);
        };
        SignedTokens.IssuedToken token = "start".equals(operation) ? chatTokens.issue(turn.sessionId()) : null;
        return turns.send(turn).map(outcome -> answer(outcome, token))
                .onFailure(TimeoutException.class).recoverWithItem(this::timedOut)
                .onFailure(AgentTurns.NotPublished.class).recoverWithItem(AgentResource::notPublished);
    }

    /**
     * A prospect's start (limited per address), or an integration's (agent:converse, limited per client), which may
     * name the session or a lead and becomes the session's client: only it (or the prospect, with the session's
     * token) speaks in that session afterwards.
     */
    private ChatInboundData start(String messageId, JsonNode body, String authorization, HttpServerRequest request) {
        String sessionId = ChatInput.optional(body, "sessionId", 128);
        boolean namesSessionOrLead = sessionId != null || ChatInput.optional(body, "leadId", 128) != null;
        Optional<JsonWebToken> client = namesSessionOrLead
                ? Optional.of(callers.require(authorization, Scopes.AGENT_CONVERSE))
                : callers.bearer(authorization).filter(token -> token.getGroups().contains(Scopes.AGENT_CONVERSE));
        String id = sessionId == null ? UUID.randomUUID().toString() : sessionId;
        if (client.isEmpty()) {
            rateLimiter.addressSession(request.remoteAddress().hostAddress());
        } else {
            rateLimiter.clientSession(client.get().getSubject());
            if (!sessions.claim(id, client.get().getSubject(), Instant.now())) {
                throw ProblemException.forbidden(NOT_YOURS);
            }
        }
        return ChatInput.start(id, messageId, body);
    }

    /** The turn's session, once the caller proved it may speak in it: its token, or the client that started it. */
    private String ownedSession(JsonNode body, String authorization, String chatToken) {
        String sessionId = ChatInput.id(body, "sessionId");
        Optional<JsonWebToken> client = callers.requireOwnerOrScope(authorization, Scopes.AGENT_CONVERSE, chatToken,
                token -> chatTokens.refusal(token, sessionId), CHAT_TOKEN);
        if (client.isPresent() && !client.get().getSubject().equals(sessions.client(sessionId).orElse(null))) {
            throw ProblemException.forbidden(NOT_YOURS);
        }
        rateLimiter.sessionMessage(sessionId);
        return sessionId;
    }

    private static Response answer(TurnOutcome outcome, SignedTokens.IssuedToken token) {
        if (outcome instanceof TurnOutcome.Failed failed) {
            ChatTurnFailedData failure = failed.failure();
            return Response.status(failure.status()).type(Problem.MEDIA_TYPE).entity(failure.problem()).build();
        }
        AgentReplyData reply = ((TurnOutcome.Replied) outcome).reply();
        return Response.ok(new AgentTurnView(reply.sessionId(), reply.reply(), reply.stage(), reply.cards(),
                reply.quickReplies(), reply.actions(), reply.guardrail(), token == null ? null : token.token(),
                token == null ? null : token.expiresAt())).build();
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
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "The lead stages, in order")
    public Response stages(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return calls.read(() -> agent.stages(authorization));
    }

    @POST
    @Path("/leads/{operation: leads|threads}")
    @RolesAllowed(Scopes.LEADS_WRITE)
    @Operation(summary = "Upsert a lead (deduplicated by email or phone) or create a conversation thread",
            description = "The upsert answers the stored lead to a token that also holds leads:read, else only its "
                    + "id, so an email address cannot be used to read someone's record.")
    public Response leads(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("operation") String operation, JsonNode body) throws JsonProcessingException {
        JsonBodies.requireObject(body);
        Response answer = calls.write(() -> agent.leads(authorization, operation, body));
        if (!"leads".equals(operation) || identity.hasRole(Scopes.LEADS_READ) || answer.getStatus() >= 300) {
            return answer;
        }
        return Response.status(answer.getStatus()).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("id", json.readTree((String) answer.getEntity()).path("id").asText(),
                        "created", answer.getStatus() == 201)).build();
    }

    @POST
    @Path("/leads/parse-inquiry")
    @RolesAllowed(Scopes.LEADS_WRITE)
    @Operation(summary = "Read name, contact, budget, bedrooms, move date, pets, areas and preferences from a free-text inquiry")
    public Response parseInquiry(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonNode body) {
        JsonBodies.requireObject(body);
        return calls.read(() -> agent.leads(authorization, "parse-inquiry", body));
    }
}
