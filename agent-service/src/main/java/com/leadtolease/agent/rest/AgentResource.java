package com.leadtolease.agent.rest;

import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import com.leadtolease.agent.service.AgentReply;
import com.leadtolease.agent.service.ConversationService;
import com.leadtolease.contracts.chat.ChatActions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

/**
 * The conversation API over HTTP (scope {@code agent:converse}): start a conversation, answer a message, press a
 * button. The web chat talks over Kafka through the gateway; this serves integrations and the latency benchmark.
 */
@Path("/api/agent")
@RolesAllowed(Scopes.AGENT_CONVERSE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agent")
public class AgentResource {

    private final ConversationService conversations;

    AgentResource(ConversationService conversations) {
        this.conversations = conversations;
    }

    @POST
    @Path("/start")
    @Operation(summary = "Start a conversation; answers the session id and the greeting")
    public AgentReply start(@Valid StartRequest request) {
        StartRequest body = request == null ? new StartRequest(null, null, null) : request;
        return conversations.start(null, blankToNull(body.leadId()), body.channel(), blankToNull(body.propertyId()),
                restMessageId());
    }

    @POST
    @Path("/reply")
    @Operation(summary = "The prospect's message; answers the agent's reply with cards, quick replies, actions and "
            + "guardrail outcome")
    public AgentReply reply(@NotNull @Valid ReplyRequest request) {
        return conversations.reply(request.sessionId().trim(), request.text(), restMessageId());
    }

    @POST
    @Path("/action")
    @Operation(summary = "A UI action: choose_listing, choose_slot, mark_favorite, request_docs, apply, handoff")
    public AgentReply action(@NotNull @Valid ActionRequest request) {
        Map<String, Object> payload = request.payload() == null ? Map.of() : request.payload();
        ChatActions.check("type", request.type(), payload);
        return conversations.action(request.sessionId().trim(), request.type(), payload, restMessageId());
    }

    private static String restMessageId() {
        return "rest-" + UUID.randomUUID();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
