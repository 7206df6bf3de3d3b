package com.leadtolease.agent.rest;

import com.leadtolease.contracts.problem.ProblemException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The conversation API of DESIGN.md. Not built yet: every call answers 501 and says so. */
@Path("/api/agent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "agent")
public class AgentResource {

    private static final String NOT_YET = "The leasing agent conversation is not built yet.";

    @POST
    @Path("/start")
    @Operation(summary = "Start a conversation (not built yet)")
    public void start() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @POST
    @Path("/reply")
    @Operation(summary = "Reply to the prospect (not built yet)")
    public void reply() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @POST
    @Path("/action")
    @Operation(summary = "A UI action such as choosing a slot (not built yet)")
    public void action() {
        throw ProblemException.notImplemented(NOT_YET);
    }
}
