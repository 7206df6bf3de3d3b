package com.leadtolease.embedding.service;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.embedding.config.EmbeddingConfig;
import com.leadtolease.embedding.domain.Chunk;
import com.leadtolease.embedding.domain.EmbeddingRun;
import com.leadtolease.embedding.index.VectorHit;
import com.leadtolease.embedding.index.VectorIndex;
import com.leadtolease.embedding.repository.ChunkRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search over the active version: the query is embedded with that version's model, the index returns the nearest
 * chunks, the recency boost re-ranks them, each message appears once (its best chunk), and each result comes
 * with the previous and next turn of its thread.
 */
@ApplicationScoped
public class SimilaritySearch {

    private final Versions versions;
    private final EmbeddingModels models;
    private final BatchEmbedder embedder;
    private final VectorIndex index;
    private final ChunkRepository chunks;
    private final RecencyBoost defaultBoost;
    private final EmbeddingConfig.Search config;

    public SimilaritySearch(Versions versions, EmbeddingModels models, BatchEmbedder embedder, VectorIndex index,
                            ChunkRepository chunks, RecencyBoost defaultBoost, EmbeddingConfig config) {
        this.versions = versions;
        this.models = models;
        this.embedder = embedder;
        this.index = index;
        this.chunks = chunks;
        this.defaultBoost = defaultBoost;
        this.config = config.search();
    }

    public SearchResults search(SearchQuery query) {
        EmbeddingRun active = versions.active();
        NamedModel model = models.get(active.model).orElseThrow(() -> new ProblemException(Problem.of(503,
                "Model unavailable", "The active version " + active.version + " was built with " + active.model
                        + ", which is not configured on this replica")));
        float[] vector = embedder.embed(model, List.of(query.text())).get(0);
        int candidates = Math.max(query.k() * Math.max(1, config.overfetch()), query.k());
        List<VectorHit> hits = index.search(active.version, vector, query.filter(), candidates);
        if (hits.isEmpty()) {
            return new SearchResults(active.version, active.model, List.of());
        }
        Map<String, Chunk> found = chunks.findByIds(hits.stream().map(VectorHit::id).toList());
        RecencyBoost boost = query.recencyBoost() == null ? defaultBoost : defaultBoost.withBoost(query.recencyBoost());
        Instant now = Instant.now();
        Map<String, SearchMatch> bestPerMessage = new LinkedHashMap<>();
        for (VectorHit hit : hits) {
            Chunk chunk = found.get(hit.id());
            if (chunk == null) {
                continue;
            }
            double score = boost.score(hit.score(), chunk.timestamp(), now);
            SearchMatch match = new SearchMatch(chunk, score, hit.score(), List.of());
            bestPerMessage.merge(chunk.messageId(), match, (a, b) -> a.score() >= b.score() ? a : b);
        }
        List<SearchMatch> ranked = bestPerMessage.values().stream()
                .sorted(Comparator.comparingDouble(SearchMatch::score).reversed())
                .limit(query.k())
                .toList();
        List<SearchMatch> withContext = new ArrayList<>(ranked.size());
        for (SearchMatch match : ranked) {
            withContext.add(new SearchMatch(match.chunk(), match.score(), match.similarity(),
                    context(active.version, match.chunk())));
        }
        return new SearchResults(active.version, active.model, withContext);
    }

    /** The previous and next turn of the thread, one entry per message, chunks joined. */
    private List<Chunk> context(String version, Chunk chunk) {
        List<Chunk> turns = chunks.turns(version, chunk.threadId(),
                Set.of(chunk.turnIndex() - 1, chunk.turnIndex() + 1));
        Map<String, Chunk> perMessage = new LinkedHashMap<>();
        for (Chunk turn : turns) {
            perMessage.merge(turn.messageId(), turn, (a, b) -> new Chunk(a.messageId(), 0, a.threadId(),
                    a.turnIndex(), a.role(), a.stage(), a.timestamp(), a.text() + " " + b.text()));
        }
        return List.copyOf(perMessage.values());
    }
}
