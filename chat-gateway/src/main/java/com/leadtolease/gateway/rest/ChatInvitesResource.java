package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.service.ChatInput;
import com.leadtolease.gateway.service.ChatInvites;
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

@Path("/api/chat/invites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "chat")
@PermitAll // the invite token is the credential, checked below; limited per address like opening a session
public class ChatInvitesResource {

    private final ChatInvites invites;
    private final ChatSessionRepository sessions;
    private final ChatTokens tokens;
    private final RateLimiter rateLimiter;

    ChatInvitesResource(ChatInvites invites, ChatSessionRepository sessions, ChatTokens tokens,
                        RateLimiter rateLimiter) {
        this.invites = invites;
        this.sessions = sessions;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @Operation(summary = "Open the conversation an emailed invite link names",
            description = "Body {invite}. Answers 201 {sessionId, token, expiresAt} like POST /api/chat/sessions, "
                    + "for the session the invite names; 401 when the invite is not genuine or expired, 404 when "
                    + "its conversation is gone. Rate-limited per client address (429 with Retry-After).")
    public Response redeem(JsonNode body, @Context HttpServerRequest request) {
        JsonBodies.requireObject(body);
        rateLimiter.addressSession(request.remoteAddress().hostAddress());
        String invite = ChatInput.optional(body, "invite", 1024);
        String sessionId = invites.sessionOf(invite).orElseThrow(() -> ProblemException.unauthorized(
                "This link has expired or is not valid; start a new chat."));
        if (!sessions.contains(sessionId)) {
            throw ProblemException.notFound("This conversation is no longer here; start a new chat.");
        }
        SignedTokens.IssuedToken token = tokens.issue(sessionId);
        return Response.status(Response.Status.CREATED)
                .entity(new ChatSessionsResource.CreatedSession(sessionId, token.token(), token.expiresAt())).build();
    }
}
