package com.leadtolease.agent.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** embedding-service's similarity search. The answer stays raw: {@link EmbeddingSearch} reads it. */
@RegisterRestClient(configKey = "embedding")
@RegisterClientHeaders(ServiceTokenHeaders.class)
@Path("/api/embeddings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EmbeddingClient {

    @POST
    @Path("/search")
    Response search(EmbeddingViews.SearchRequest request);
}
