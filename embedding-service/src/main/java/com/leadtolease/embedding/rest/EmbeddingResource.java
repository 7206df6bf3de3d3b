package com.leadtolease.embedding.rest;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.index.SearchFilter;
import com.leadtolease.embedding.service.SearchQuery;
import com.leadtolease.embedding.service.SearchResults;
import com.leadtolease.embedding.service.SimilaritySearch;
import com.leadtolease.embedding.service.TrainingRuns;
import com.leadtolease.embedding.service.Versions;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
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

import java.util.List;

/** Vector search over historical messages, embedding versions and re-embedding runs. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "embeddings")
public class EmbeddingResource {

    /** Response header naming the version the results come from. */
    public static final String VERSION_HEADER = "Embedding-Version";
    private static final double MAX_BOOST = 100;

    private final SimilaritySearch search;
    private final Versions versions;
    private final TrainingRuns runs;
    private final EmbeddingConfig.Search config;

    public EmbeddingResource(SimilaritySearch search, Versions versions, TrainingRuns runs, EmbeddingConfig config) {
        this.search = search;
        this.versions = versions;
        this.runs = runs;
        this.config = config.search();
    }

    @POST
    @Path("/embeddings/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.TRAINING_READ)
    @Operation(summary = "Historical messages most similar to a text, with their neighbouring turns",
            description = "Needs training:read.")
    public Response search(SearchRequest request) {
        SearchResults results = search.search(validate(request));
        List<SearchResultView> body = results.matches().stream().map(SearchResultView::of).toList();
        return Response.ok(body).header(VERSION_HEADER, results.version()).build();
    }

    private SearchQuery validate(SearchRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.invalidField("text", "must not be blank");
        }
        int k = request.k() == null ? config.defaultK() : request.k();
        if (k < 1 || k > config.maxK()) {
            throw ProblemException.invalidField("k", "must be between 1 and " + config.maxK());
        }
        Double boost = request.recencyBoost();
        if (boost != null && (boost < 0 || boost > MAX_BOOST || boost.isNaN())) {
            throw ProblemException.invalidField("recencyBoost", "must be between 0 and " + MAX_BOOST);
        }
        SearchRequest.Filters f = request.filters();
        SearchFilter filter = f == null ? SearchFilter.NONE
                : new SearchFilter(blankToNull(f.role()), blankToNull(f.stage()), f.since());
        return new SearchQuery(request.text().trim(), k, filter, boost);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @GET
    @Path("/embeddings/versions")
    @RolesAllowed(Scopes.TRAINING_READ)
    @Operation(summary = "Embedding versions, oldest first, with the active one flagged",
            description = "Needs training:read.")
    public List<RunView> versions() {
        return versions.all().stream().map(RunView::of).toList();
    }

    @POST
    @Path("/embeddings/versions/{version}/activate")
    @RolesAllowed(Scopes.ADMIN)
    @Operation(summary = "Serve a completed version (switch, or roll back to an older one)",
            description = "Needs admin: every search in the suite then uses this version.")
    public RunView activate(@PathParam("version") String version) {
        return RunView.of(versions.activate(version));
    }

    @POST
    @Path("/training/start")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Scopes.TRAINING_WRITE)
    @Operation(summary = "Start re-embedding every stored message into a new version (202 with the run)",
            description = "Needs training:write.")
    public Response startRun(StartRunRequest request) {
        StartRunRequest r = request == null ? new StartRunRequest(null, null) : request;
        return Response.accepted(RunView.of(runs.start(r.model(), r.version()))).build();
    }
}
