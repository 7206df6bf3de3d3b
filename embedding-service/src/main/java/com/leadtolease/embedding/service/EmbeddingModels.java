package com.leadtolease.embedding.service;

import com.leadtolease.embedding.config.EmbeddingConfig;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The models this replica can embed with: the in-process all-MiniLM-L6-v2 (384 dimensions, always available,
 * offline) and OpenAI's text-embedding-3-large (3072) when a key or a base URL is configured.
 */
@ApplicationScoped
public class EmbeddingModels {

    public static final String MINILM = "all-minilm-l6-v2";

    private final Map<String, NamedModel> models = new LinkedHashMap<>();
    private final String defaultModel;

    public EmbeddingModels(EmbeddingConfig config) {
        models.put(MINILM, new NamedModel(MINILM, AllMiniLmL6V2EmbeddingModel::new));
        EmbeddingConfig.OpenAi openAi = config.model().openai();
        boolean openAiConfigured = openAi.apiKey().isPresent() || openAi.baseUrl().isPresent();
        if (openAiConfigured) {
            models.put(openAi.modelName(), new NamedModel(openAi.modelName(), () -> openAi(openAi)));
        }
        defaultModel = switch (config.model().provider()) {
            case "minilm" -> MINILM;
            case "openai" -> {
                if (!openAiConfigured) {
                    throw new IllegalStateException("embedding.model.provider=openai needs OPENAI_API_KEY or OPENAI_BASE_URL");
                }
                yield openAi.modelName();
            }
            case "auto" -> openAiConfigured ? openAi.modelName() : MINILM;
            default -> throw new IllegalStateException("embedding.model.provider must be auto, minilm or openai, not "
                    + config.model().provider());
        };
    }

    private static OpenAiEmbeddingModel openAi(EmbeddingConfig.OpenAi config) {
        OpenAiEmbeddingModel.OpenAiEmbeddingModelBuilder builder = OpenAiEmbeddingModel.builder()
                .apiKey(config.apiKey().filter(k -> !k.isBlank()).orElse("no-key"))
                .modelName(config.modelName())
                .timeout(config.timeout());
        config.baseUrl().filter(u -> !u.isBlank()).ifPresent(builder::baseUrl);
        return builder.build();
    }

    /** The model new versions are built with unless a run names another. */
    public NamedModel defaultModel() {
        return models.get(defaultModel);
    }

    public Optional<NamedModel> get(String name) {
        return Optional.ofNullable(models.get(name));
    }

    public Set<String> names() {
        return models.keySet();
    }
}
