package com.leadtolease.agent.client;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Similar historical messages from embedding-service. Retrieval only ever adds to an answer, so every failure (down,
 * slow, 4xx/5xx, an open breaker) reads as "nothing similar found" and the conversation goes on without it.
 */
@ApplicationScoped
public class EmbeddingSearch {

    private static final Logger LOG = Logger.getLogger(EmbeddingSearch.class);
    private static final TypeReference<List<EmbeddingViews.SimilarMessage>> MATCHES = new TypeReference<>() {
    };

    private final EmbeddingClient client;
    private final ObjectMapper json;

    EmbeddingSearch(@RestClient EmbeddingClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    /** @param role agent | lead | null for both */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS)
    @Fallback(fallbackMethod = "nothingFound")
    public List<EmbeddingViews.SimilarMessage> similar(String text, int k, String role, String stage, Instant since) {
        EmbeddingViews.SearchRequest request = new EmbeddingViews.SearchRequest(text, k,
                new EmbeddingViews.Filters(role, stage, since));
        try (var response = client.search(request)) {
            if (response.getStatus() != 200) {
                throw new IllegalStateException("embedding-service answered " + response.getStatus());
            }
            return json.readValue(response.readEntity(String.class), MATCHES);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable embedding search answer", e);
        }
    }

    List<EmbeddingViews.SimilarMessage> nothingFound(String text, int k, String role, String stage, Instant since,
                                                    Throwable failure) {
        LOG.debugf("Embedding search unavailable (%s); answering without retrieved messages", failure.toString());
        return List.of();
    }
}
