package com.leadtolease.embedding.service;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchEmbedderTest {

    /** Embeds a text as [length, batch number]; fails the first {@code failures} calls. */
    static final class FlakyModel implements EmbeddingModel {
        final List<Integer> batchSizes = new ArrayList<>();
        int failures;
        int calls;

        FlakyModel(int failures) {
            this.failures = failures;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls++;
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("503 from the model");
            }
            batchSizes.add(segments.size());
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[]{s.text().length(), batchSizes.size()})).toList());
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    private final List<Duration> slept = new ArrayList<>();
    private final Backoff backoff = new Backoff(3, Duration.ofMillis(100), Duration.ofMillis(150));

    @Test
    void embedsInBatchesOfTheConfiguredSizeKeepingOrder() {
        FlakyModel model = new FlakyModel(0);
        List<String> texts = IntStream.rangeClosed(1, 7).mapToObj("x"::repeat).toList();
        List<float[]> vectors = new BatchEmbedder(3, backoff, slept::add).embed(new NamedModel("fake", () -> model), texts);
        assertThat(model.batchSizes).containsExactly(3, 3, 1);
        assertThat(vectors).extracting(v -> (int) v[0]).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(slept).isEmpty();
    }

    @Test
    void retriesAFailingCallWithExponentialCappedBackoff() {
        FlakyModel model = new FlakyModel(2);
        List<float[]> vectors = new BatchEmbedder(10, backoff, slept::add)
                .embed(new NamedModel("fake", () -> model), List.of("a", "bb"));
        assertThat(vectors).hasSize(2);
        assertThat(model.calls).isEqualTo(3);
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
    }

    @Test
    void givesUpAfterMaxAttempts() {
        FlakyModel model = new FlakyModel(5);
        BatchEmbedder embedder = new BatchEmbedder(10, backoff, slept::add);
        assertThatThrownBy(() -> embedder.embed(new NamedModel("fake", () -> model), List.of("a")))
                .isInstanceOf(ModelUnavailableException.class).hasMessageContaining("failed 3 times");
        assertThat(model.calls).isEqualTo(3);
    }
}
