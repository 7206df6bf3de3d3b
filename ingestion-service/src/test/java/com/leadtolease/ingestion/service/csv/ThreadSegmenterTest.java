package com.leadtolease.ingestion.service.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.domain.SourceTurn;
import com.leadtolease.ingestion.service.JobProgress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadSegmenterTest {

    private final List<SourceThread> threads = new ArrayList<>();
    private final JobProgress progress = new JobProgress(10);
    private long line = 1;

    private ThreadSegmenter segmenter(CsvColumns columns, int maxMessages) {
        return new ThreadSegmenter(columns, progress, maxMessages, threads::add);
    }

    private CsvRecord row(String... fields) {
        return new CsvRecord(++line, Arrays.asList(fields), null);
    }

    private static List<String> texts(SourceThread thread) {
        return thread.turns().stream().map(SourceTurn::text).toList();
    }

    @Test
    void twoEmptyRowsEndAThreadButOneDoesNot() {
        ThreadSegmenter segmenter = segmenter(new CsvColumns(0, 1, 2, -1), 100);
        segmenter.accept(row("lead", "a", "t"));
        segmenter.accept(row("", "", ""));
        segmenter.accept(row("agent", "b", "t"));
        segmenter.accept(row("", "", ""));
        segmenter.accept(row("", "", ""));
        segmenter.accept(row("lead", "c", "t"));
        segmenter.finish();

        assertThat(threads).extracting(ThreadSegmenterTest::texts).containsExactly(List.of("a", "b"), List.of("c"));
        assertThat(progress.counts().rowsRead()).isEqualTo(3);
    }

    @Test
    void aThreadIdColumnWinsOverEmptyRows() {
        ThreadSegmenter segmenter = segmenter(new CsvColumns(1, 2, 3, 0), 100);
        segmenter.accept(row("T1", "lead", "a", "t"));
        segmenter.accept(row("T1", "agent", "b", "t"));
        segmenter.accept(row("T2", "lead", "c", "t"));
        segmenter.accept(row("", "", "", ""));
        segmenter.accept(row("", "", "", ""));
        segmenter.accept(row("T2", "agent", "d", "t"));
        segmenter.finish();

        assertThat(threads).extracting(SourceThread::sourceThreadId).containsExactly("T1", "T2");
        assertThat(threads).extracting(ThreadSegmenterTest::texts)
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void aThreadIdThatComesBackAfterAnotherThreadIsRejectedRowByRow() {
        ThreadSegmenter segmenter = segmenter(new CsvColumns(1, 2, 3, 0), 100);
        segmenter.accept(row("T1", "lead", "a", "t"));
        segmenter.accept(row("T2", "lead", "b", "t"));
        segmenter.accept(row("T1", "agent", "late", "t"));
        segmenter.finish();

        assertThat(threads).extracting(ThreadSegmenterTest::texts).containsExactly(List.of("a"), List.of("b"));
        assertThat(progress.counts().rowsRejected()).isEqualTo(1);
        assertThat(progress.problems().get(0).line()).isEqualTo(4);
        assertThat(progress.problems().get(0).reason()).contains("T1").contains("contiguous");
    }

    @Test
    void aRefusedRowIsRejectedWithItsReasonAndTheThreadGoesOn() {
        ThreadSegmenter segmenter = segmenter(new CsvColumns(0, 1, 2, -1), 100);
        segmenter.accept(row("lead", "a", "t"));
        segmenter.accept(new CsvRecord(++line, List.of(), "a field is longer than the allowed maximum (9 characters)"));
        segmenter.accept(row("agent", "b", "t"));
        segmenter.finish();

        assertThat(threads).extracting(ThreadSegmenterTest::texts).containsExactly(List.of("a", "b"));
        assertThat(progress.counts().rowsRejected()).isEqualTo(1);
        assertThat(progress.problems().get(0).line()).isEqualTo(3);
        assertThat(progress.problems().get(0).reason())
                .isEqualTo("a field is longer than the allowed maximum (9 characters); row skipped");
    }

    @Test
    void aVeryLongThreadIsSplitWithANote() {
        ThreadSegmenter segmenter = segmenter(new CsvColumns(0, 1, 2, -1), 2);
        for (int i = 0; i < 5; i++) {
            segmenter.accept(row("lead", "m" + i, "t"));
        }
        segmenter.finish();

        assertThat(threads).extracting(ThreadSegmenterTest::texts)
                .containsExactly(List.of("m0", "m1"), List.of("m2", "m3"), List.of("m4"));
        assertThat(progress.problems()).hasSize(2);
    }
}
