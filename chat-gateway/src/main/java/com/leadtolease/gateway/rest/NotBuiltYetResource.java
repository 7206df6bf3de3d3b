package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public paths of DESIGN.md whose services are not built yet. They answer 501 with a problem body saying
 * what is missing, instead of pretending; each moves to its own resource when its service exists.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "not built yet", description = "Designed endpoints that answer 501 until their service is built")
public class NotBuiltYetResource {

    private static final String TRAINING = "Ingestion and training on historical conversations are not built yet.";

    @POST
    @Path("/training/{operation: ingest|ingest-csv|start}")
    @Operation(summary = "Training writes (not built yet)")
    public void trainingWrite(@PathParam("operation") String operation) {
        throw ProblemException.notImplemented(TRAINING);
    }

    @GET
    @Path("/training/{path: .+}")
    @Operation(summary = "Training reads (not built yet)")
    public void trainingRead(@PathParam("path") String path) {
        throw ProblemException.notImplemented(TRAINING);
    }

    @POST
    @Path("/embeddings/search")
    @Operation(summary = "Similar historical messages (not built yet)")
    public void embeddingSearch() {
        throw ProblemException.notImplemented(TRAINING);
    }

    @POST
    @Path("/webhooks/zapier")
    @Operation(summary = "Inbound Zapier webhook (not built yet)")
    public void zapier() {
        throw ProblemException.notImplemented("Inbound webhooks are not built yet.");
    }
}
