package com.leadtolease.ingestion.rest;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.repository.ThreadQueries;
import com.leadtolease.ingestion.rest.ThreadViews.ThreadDetailView;
import com.leadtolease.ingestion.rest.ThreadViews.ThreadPage;
import com.leadtolease.ingestion.service.FinetuneExporter;
import com.leadtolease.ingestion.service.JobService;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The training API of DESIGN.md: ingestion jobs, ingested threads, the fine-tune dataset. */
@Path("/api/training")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "training")
public class TrainingResource {

    static final String CSV = "text/csv";
    static final String JSON_LINES = "application/x-ndjson";

    private final JobService jobs;
    private final ThreadQueries threads;
    private final FinetuneExporter finetune;

    public TrainingResource(JobService jobs, ThreadQueries threads, FinetuneExporter finetune) {
        this.jobs = jobs;
        this.threads = threads;
        this.finetune = finetune;
    }

    @POST
    @Path("/ingest-csv")
    @Consumes({CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Scopes.TRAINING_WRITE)
    @Operation(summary = "Ingest a CSV of historical conversations",
            description = "Columns role, text, timestamp and optionally thread_id (synonyms accepted). The body is "
                    + "streamed to disk and processed in the background: answers 202 with the job, see Location. "
                    + "Needs training:write.")
    public Response ingestCsv(InputStream body, @QueryParam("filename") String filename,
                              @QueryParam("source") String source, @Context UriInfo uri) throws IOException {
        return accepted(jobs.submitCsv(body, filename, blankToNull(source)), uri);
    }

    @POST
    @Path("/ingest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.TRAINING_WRITE)
    @JsonBodyCap.Capped
    @Operation(summary = "Ingest already-normalized threads (messages with role, text, timestamp)",
            description = "Answers 202 with the job, see Location. A body over ingestion.max-json-body (1 MB by "
                    + "default) answers 413: send large inputs as CSV. Needs training:write.")
    public Response ingestThreads(@Valid @NotNull IngestThreadsRequest request, @Context UriInfo uri) {
        IngestJob job = jobs.submitThreads(request.toSourceThreads(), request.sourceFile(),
                Optional.ofNullable(blankToNull(request.source())).orElse(JobService.JSON));
        return accepted(job, uri);
    }

    @GET
    @Path("/jobs/{id}")
    @RolesAllowed(Scopes.TRAINING_READ)
    @Operation(summary = "Status, progress, counts and per-row problems of an ingestion job",
            description = "Needs training:read.")
    public JobView job(@PathParam("id") String id) {
        return jobs.find(id).map(JobView::of)
                .orElseThrow(() -> ProblemException.notFound("No ingestion job " + id));
    }

    @GET
    @Path("/threads")
    @RolesAllowed(Scopes.TRAINING_READ)
    @Operation(summary = "Ingested threads, paged, optionally filtered by source and stage",
            description = "Needs training:read.")
    public ThreadPage threads(@QueryParam("source") String source, @QueryParam("stage") String stage,
                              @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                              @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Optional<String> bySource = Optional.ofNullable(blankToNull(source));
        Optional<String> byStage = Optional.ofNullable(blankToNull(stage));
        return new ThreadPage(threads.list(bySource, byStage, page, size).stream().map(ThreadViews::summary).toList(),
                page, size, threads.count(bySource, byStage));
    }

    @GET
    @Path("/threads/{threadId}")
    @RolesAllowed(Scopes.TRAINING_READ)
    @Operation(summary = "One ingested thread with its messages, entities and stages",
            description = "Needs training:read.")
    public ThreadDetailView thread(@PathParam("threadId") String threadId) {
        return threads.thread(threadId)
                .map(thread -> new ThreadDetailView(ThreadViews.summary(thread),
                        threads.messages(thread).stream().map(ThreadViews::message).toList()))
                .orElseThrow(() -> ProblemException.notFound("No ingested thread " + threadId));
    }

    @GET
    @Path("/datasets/finetune.jsonl")
    @Produces(JSON_LINES)
    @RolesAllowed(Scopes.TRAINING_READ)
    @Operation(summary = "Fine-tune dataset: prompt/completion pairs (lead turns → next agent turn), JSON lines",
            description = "Needs training:read.")
    public Response finetuneDataset() {
        StreamingOutput body = finetune::write;
        return Response.ok(body, JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"finetune.jsonl\"").build();
    }

    private static Response accepted(IngestJob job, UriInfo uri) {
        return Response.accepted(JobView.of(job))
                .location(uri.getBaseUriBuilder().path("api/training/jobs/{id}").build(job.id())).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
