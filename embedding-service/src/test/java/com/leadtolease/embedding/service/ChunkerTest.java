package com.leadtolease.embedding.service;

import com.leadtolease.contracts.ingestion.ThreadIngestedData;
import com.leadtolease.embedding.domain.Chunk;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkerTest {

    private static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }

    @Test
    void shortMessageIsOneChunkWithItsTrimmedText() {
        assertThat(new Chunker(10, 3).split("  Do you allow dogs?  ")).containsExactly("Do you allow dogs?");
    }

    @Test
    void blankMessageHasNoChunk() {
        assertThat(new Chunker(10, 3).split("   ")).isEmpty();
        assertThat(new Chunker(10, 3).split(null)).isEmpty();
    }

    @Test
    void longMessageIsCutIntoOverlappingWindowsCoveringEveryWord() {
        List<String> pieces = new Chunker(10, 3).split(words(0, 25));
        // windows start at 0, 7, 14 (step = 10 - 3); the last ends at word 25
        assertThat(pieces).containsExactly(words(0, 10), words(7, 17), words(14, 24), words(21, 25));
    }

    @Test
    void messageOfExactlyMaxTokensStaysWhole() {
        assertThat(new Chunker(10, 3).split(words(0, 10))).hasSize(1);
        assertThat(new Chunker(10, 3).split(words(0, 11))).containsExactly(words(0, 10), words(7, 11));
    }

    @Test
    void threadChunksCarryMessageAttributesAndFallBackToTheThreadStage() {
        Instant t = Instant.parse("2024-03-01T10:00:00Z");
        ThreadIngestedData thread = new ThreadIngestedData("th-1", "csv", "f.csv", "touring", 2, t, t, "s", "h",
                List.of(new ThreadIngestedData.IngestedMessage("m-1", 0, "lead", words(0, 12), t, "qualifying"),
                        new ThreadIngestedData.IngestedMessage("m-2", 1, "agent", "Sure.", t, null)));
        List<Chunk> chunks = new Chunker(10, 3).chunks(thread);
        assertThat(chunks).extracting(Chunk::messageId, Chunk::chunkIndex, Chunk::stage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("m-1", 0, "qualifying"),
                        org.assertj.core.groups.Tuple.tuple("m-1", 1, "qualifying"),
                        org.assertj.core.groups.Tuple.tuple("m-2", 0, "touring"));
        assertThat(chunks.get(2).idIn("v1")).isEqualTo("v1:m-2:0");
    }

    @Test
    void overlapMustBeSmallerThanTheWindow() {
        assertThatThrownBy(() -> new Chunker(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
