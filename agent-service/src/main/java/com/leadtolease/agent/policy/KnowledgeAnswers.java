package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.EmbeddingSearch;
import com.leadtolease.agent.client.EmbeddingViews.SimilarMessage;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.guardrail.AvailabilityGuard;
import com.leadtolease.agent.metrics.AgentMeters;
import com.leadtolease.agent.repository.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers a question property data cannot answer with what our leasing team has said before: historical agent
 * replies similar to the question (embedding-service), above a similarity threshold. A reply that names a time or a
 * date, or carries a redacted contact detail, is never quoted — availability only ever comes from booking-service.
 */
@ApplicationScoped
public class KnowledgeAnswers {

    static final String INTRO = "Here is what our leasing team usually says: ";
    private static final String AGENT_ROLE = "agent";
    private static final Pattern REDACTED = Pattern.compile("\\[(?:EMAIL|PHONE|ADDRESS)]");

    private final EmbeddingSearch search;
    private final AuditTrail audit;
    private final AgentConfig.Knowledge config;
    private final AgentMeters meters;

    KnowledgeAnswers(EmbeddingSearch search, AuditTrail audit, AgentConfig config, AgentMeters meters) {
        this.search = search;
        this.audit = audit;
        this.config = config.knowledge();
        this.meters = meters;
    }

    public Optional<String> answer(String sessionId, String question, LocalDate today) {
        long started = System.nanoTime();
        List<SimilarMessage> found = search.similar(question, config.searchK(), AGENT_ROLE, null, null);
        List<String> quoted = found.stream()
                .filter(match -> AGENT_ROLE.equals(match.role()) && match.similarity() >= config.minSimilarity())
                .map(match -> match.text() == null ? "" : match.text().strip())
                .filter(text -> !text.isEmpty() && quotable(text, today))
                .distinct()
                .limit(config.maxQuoted())
                .toList();
        audit.toolCall(sessionId, "embedding.search", "role=agent k=" + config.searchK() + " minSimilarity="
                + config.minSimilarity(), "found=" + found.size() + " quoted=" + quoted.size(),
                (System.nanoTime() - started) / 1_000_000);
        meters.retrieval(!quoted.isEmpty());
        if (quoted.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(INTRO + String.join(" ", quoted.stream().map(KnowledgeAnswers::asQuote).toList())
                + " For anything specific to your home, the leasing team can confirm.");
    }

    static boolean quotable(String text, LocalDate today) {
        return !REDACTED.matcher(text).find() && !AvailabilityGuard.mentionsTimeOrDate(text, today)
                && !text.toLowerCase(Locale.ROOT).contains("available");
    }

    private static String asQuote(String text) {
        String sentence = text.endsWith(".") || text.endsWith("!") || text.endsWith("?") ? text : text + ".";
        return "\u201C" + sentence + "\u201D";
    }
}
