package com.leadtolease.embedding.rest;

import com.leadtolease.contracts.problem.ProblemException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Vector search and embedding runs of DESIGN.md. Not built yet: every call answers 501 and says so. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "embeddings")
public class EmbeddingResource {

    private static final String NOT_YET = "Embeddings and vector search are not built yet.";

    @POST
    @Path("/embeddings/search")
    @Operation(summary = "Similar historical messages (not built yet)")
    public void search() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @POST
    @Path("/training/start")
    @Operation(summary = "Start an embedding run (not built yet)")
    public void startRun() {
        throw ProblemException.notImplemented(NOT_YET);
    }
}
