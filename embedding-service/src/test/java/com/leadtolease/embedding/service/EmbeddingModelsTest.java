package com.leadtolease.embedding.service;

import com.leadtolease.embedding.config.EmbeddingConfig;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which model is the default, by provider setting and OpenAI configuration (no model is called here). */
class EmbeddingModelsTest {

    @Test
    void autoWithoutOpenAiSettingsIsTheInProcessModelOnly() {
        EmbeddingModels models = new EmbeddingModels(config("auto", null, null));
        assertThat(models.defaultModel().name()).isEqualTo(EmbeddingModels.MINILM);
        assertThat(models.names()).containsExactly(EmbeddingModels.MINILM);
    }

    @Test
    void autoWithABaseUrlOrKeyMakesOpenAiTheDefaultAndKeepsMiniLmAvailable() {
        EmbeddingModels byUrl = new EmbeddingModels(config("auto", null, "http://127.0.0.1:9/v1"));
        assertThat(byUrl.defaultModel().name()).isEqualTo("text-embedding-3-large");
        assertThat(byUrl.names()).containsExactly(EmbeddingModels.MINILM, "text-embedding-3-large");
        EmbeddingModels byKey = new EmbeddingModels(config("auto", "sk-test", null));
        assertThat(byKey.defaultModel().name()).isEqualTo("text-embedding-3-large");
    }

    @Test
    void minilmCanBeForcedAndOpenAiNeedsItsSettings() {
        assertThat(new EmbeddingModels(config("minilm", "sk-test", null)).defaultModel().name())
                .isEqualTo(EmbeddingModels.MINILM);
        assertThatThrownBy(() -> new EmbeddingModels(config("openai", null, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("OPENAI_API_KEY");
        assertThatThrownBy(() -> new EmbeddingModels(config("gpt", null, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static EmbeddingConfig config(String provider, String apiKey, String baseUrl) {
        EmbeddingConfig.OpenAi openAi = stub(EmbeddingConfig.OpenAi.class, name -> switch (name) {
            case "apiKey" -> Optional.ofNullable(apiKey);
            case "baseUrl" -> Optional.ofNullable(baseUrl);
            case "modelName" -> "text-embedding-3-large";
            case "timeout" -> Duration.ofSeconds(5);
            default -> null;
        });
        EmbeddingConfig.Model model = stub(EmbeddingConfig.Model.class, name -> switch (name) {
            case "provider" -> provider;
            case "version" -> "v1";
            case "openai" -> openAi;
            default -> null;
        });
        return stub(EmbeddingConfig.class, name -> "model".equals(name) ? model : null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, java.util.function.Function<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type},
                (proxy, method, args) -> answers.apply(method.getName()));
    }
}
