package com.leadtolease.agent.rest;

import com.leadtolease.contracts.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The lead API of DESIGN.md. Not built yet: every call answers 501 and says so. */
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "leads")
public class LeadsResource {

    private static final String NOT_YET = "Lead management is not built yet.";

    @GET
    @Path("/stages")
    @Operation(summary = "Lead stages (not built yet)")
    public void stages() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @POST
    @Path("/leads")
    @Operation(summary = "Upsert a lead (not built yet)")
    public void upsertLead() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @POST
    @Path("/threads")
    @Operation(summary = "Create a thread (not built yet)")
    public void createThread() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @POST
    @Path("/parse-inquiry")
    @Operation(summary = "Extract lead fields from a free-text inquiry (not built yet)")
    public void parseInquiry() {
        throw ProblemException.notImplemented(NOT_YET);
    }
}
