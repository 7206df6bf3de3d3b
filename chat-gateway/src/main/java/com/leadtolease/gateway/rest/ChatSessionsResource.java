package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.service.ChatInput;
import com.leadtolease.gateway.service.ChatTokens;
import com.leadtolease.gateway.service.RateLimiter;
import com.leadtolease.platform.security.SignedTokens;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

@Path("/api/chat/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "chat", description = "The web chat: a session and its token, then the WebSocket /ws/chat/{sessionId}")
@PermitAll // the web chat is anonymous: opening a session is limited per address and answers the token of that session
public class ChatSessionsResource {

    public record CreatedSession(String sessionId, String token, Instant expiresAt) {
    }

    private final ChatSessionRepository sessions;
    private final ChatTokens tokens;
    private final RateLimiter rateLimiter;

    ChatSessionsResource(ChatSessionRepository sessions, ChatTokens tokens, RateLimiter rateLimiter) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @Operation(summary = "Open a web-chat session",
            description = "Body {propertyId?}. Answers 201 {sessionId, token, expiresAt}; open "
                    + "/ws/chat/{sessionId}?token=... with it. Rate-limited per client address (429 with Retry-After).")
    public Response create(JsonNode body, @Context HttpServerRequest request) {
        JsonNode requested = body == null || body.isNull() ? JsonNodeFactory.instance.objectNode() : body;
        if (!requested.isObject()) {
            throw ProblemException.badRequest("The request body must be a JSON object.");
        }
        String propertyId = ChatInput.optional(requested, "propertyId", 100);
        rateLimiter.addressSession(request.remoteAddress().hostAddress());
        String sessionId = UUID.randomUUID().toString();
        sessions.create(sessionId, propertyId, Instant.now());
        SignedTokens.IssuedToken token = tokens.issue(sessionId);
        return Response.status(Response.Status.CREATED)
                .entity(new CreatedSession(sessionId, token.token(), token.expiresAt())).build();
    }
}
