package com.leadtolease.agent.rest;

import com.leadtolease.agent.service.OperatorDesk;
import com.leadtolease.agent.service.OperatorViews;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.platform.security.StaffNames;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * For leasing staff (scope {@code console}): hand-offs, transcripts, replies. The gateway routes it as
 * /api/operator/** and passes the operator's own token on; the name in replies and audit entries is the token's.
 */
@Path("/api/agent/operator")
@RolesAllowed(Scopes.CONSOLE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "operator")
public class OperatorResource {

    private final OperatorDesk desk;
    private final JsonWebToken operator;

    OperatorResource(OperatorDesk desk, JsonWebToken operator) {
        this.desk = desk;
        this.operator = operator;
    }

    @GET
    @Path("/handoffs")
    @Operation(summary = "Open conversations handed to a person, the latest hand-off first. Needs console.")
    public List<OperatorViews.Handoff> handoffs(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return desk.handoffs(limit);
    }

    @GET
    @Path("/conversations")
    @Operation(summary = "The console's inbox: open conversations needing a person (latest hand-off first), then "
            + "the agent's live ones (latest activity first). status=live is the only listing.")
    public List<OperatorViews.InboxItem> conversations(
            @QueryParam("status") @DefaultValue("live") @Pattern(regexp = "live") String status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return desk.live(limit);
    }

    @POST
    @Path("/conversations/{sessionId}/take-over")
    @Operation(summary = "Take the conversation: the agent leaves the prospect's messages to staff until the release "
            + "(or agent.session.staff-hold passes)")
    public OperatorViews.InboxItem takeOver(@PathParam("sessionId") String sessionId) {
        return desk.takeOver(sessionId, StaffNames.of(operator));
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
        return desk.reply(sessionId, StaffNames.of(operator), request.text(),
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip());
    }

    @POST
    @Path("/conversations/{sessionId}/release")
    @Operation(summary = "Give the conversation back to the agent, which answers the prospect's next message again")
    public void release(@PathParam("sessionId") String sessionId) {
        desk.release(sessionId, StaffNames.of(operator));
    }
}
