package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.gateway.client.AgentCalls;
import com.leadtolease.gateway.client.AgentClient;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Conversation and lead API, forwarded to agent-service over REST. (The design carries web-chat turns over
 * Kafka, chat.inbound → agent → chat.outbound; that path arrives with the WebSocket chat.)
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "agent", description = "Conversations with the leasing agent and lead records")
public class AgentResource {

    @Inject
    AgentCalls calls;

    @Inject
    @RestClient
    AgentClient agent;

    @POST
    @Path("/agent/{operation: start|reply|action}")
    @Operation(summary = "Start a conversation, send the prospect's message, or press a UI button",
            description = "start {leadId?, channel, propertyId?} · reply {sessionId, text} · action {sessionId, type, payload}. "
                    + "Answers carry reply, stage, cards, quickReplies, actions and guardrail.")
    public Response converse(@PathParam("operation") String operation, JsonNode body) {
        JsonBodies.requireObject(body);
        return calls.write(() -> agent.converse(operation, body));
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
