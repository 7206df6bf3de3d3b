package com.leadtolease.agent.rest;

import com.leadtolease.agent.service.OperatorDesk;
import com.leadtolease.agent.service.OperatorViews;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * For leasing staff: hand-offs, transcripts, replies. Served by agent-service only, on the internal network; the
 * public gateway does not route it until it has the operator console's sign-in (JWT scope {@code console}).
 */
@Path("/api/agent/operator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "operator")
public class OperatorResource {

    private final OperatorDesk desk;

    OperatorResource(OperatorDesk desk) {
        this.desk = desk;
    }

    @GET
    @Path("/handoffs")
    @Operation(summary = "Open conversations handed to a person, the latest hand-off first")
    public List<OperatorViews.Handoff> handoffs(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return desk.handoffs(limit);
    }

    @GET
    @Path("/conversations/{sessionId}")
    @Operation(summary = "A conversation's lead details, tour and messages")
    public OperatorViews.Transcript transcript(@PathParam("sessionId") String sessionId) {
        return desk.transcript(sessionId);
    }

    @POST
    @Path("/conversations/{sessionId}/reply")
    @Operation(summary = "A staff member's reply, delivered to the prospect's chat (chat.outbound, operator replied); "
            + "retry safely with the same Idempotency-Key")
    public OperatorViews.Sent reply(@PathParam("sessionId") String sessionId,
                                    @HeaderParam("Idempotency-Key") @Size(max = 128) String idempotencyKey,
                                    @NotNull @Valid OperatorReplyRequest request) {
        return desk.reply(sessionId, request.operator(), request.text(),
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip());
    }

    @POST
    @Path("/conversations/{sessionId}/release")
    @Operation(summary = "Give the conversation back to the agent, which answers the prospect's next message again")
    public void release(@PathParam("sessionId") String sessionId, @NotNull @Valid OperatorReleaseRequest request) {
        desk.release(sessionId, request.operator());
    }
}
