package com.leadtolease.ingestion.rest;

import com.leadtolease.contracts.problem.ProblemException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The training API of DESIGN.md. Not built yet (issue "Learn from history"): every call answers 501 and says so. */
@Path("/api/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "training")
public class TrainingResource {

    private static final String NOT_YET = "Ingestion of historical conversations is not built yet; "
            + "this endpoint arrives with the CSV ingestion work.";

    @POST
    @Path("/ingest-csv")
    @Operation(summary = "Ingest a CSV of historical conversations (not built yet)")
    public void ingestCsv() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @POST
    @Path("/ingest")
    @Operation(summary = "Ingest already-normalized threads (not built yet)")
    public void ingestThreads() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @GET
    @Path("/jobs/{id}")
    @Operation(summary = "Status of an ingestion job (not built yet)")
    public void job(@PathParam("id") String id) {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @GET
    @Path("/threads")
    @Operation(summary = "Ingested threads (not built yet)")
    public void threads() {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @GET
    @Path("/threads/{threadId}")
    @Operation(summary = "One ingested thread with its messages (not built yet)")
    public void thread(@PathParam("threadId") String threadId) {
        throw ProblemException.notImplemented(NOT_YET);
    }

    @GET
    @Path("/datasets/finetune.jsonl")
    @Operation(summary = "Fine-tune dataset export (not built yet)")
    public void finetuneDataset() {
        throw ProblemException.notImplemented(NOT_YET);
    }
}
