package com.leadtolease.ingestion.service.csv;

import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.domain.SourceTurn;
import com.leadtolease.ingestion.service.JobProgress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cuts CSV rows into threads. A thread_id value, when a row has one, decides: a new value starts a new thread. Empty
 * rows do not split a thread with an id. Rows without one are grouped by position: two consecutive empty rows end a
 * thread. Rows of one thread_id must be
 * contiguous; a thread_id that comes back after other threads is rejected row by row (threads are streamed, never
 * held whole in memory). A thread longer than {@code maxMessagesPerThread} is split, with a note.
 */
public final class ThreadSegmenter {

    private final CsvColumns columns;
    private final JobProgress progress;
    private final Consumer<SourceThread> sink;
    private final int maxMessagesPerThread;
    private final Set<String> closedThreadIds = new HashSet<>();
    private List<SourceTurn> turns = new ArrayList<>();
    private String currentThreadId;
    private int emptyRowsInARow;

    public ThreadSegmenter(CsvColumns columns, JobProgress progress, int maxMessagesPerThread,
                           Consumer<SourceThread> sink) {
        this.columns = columns;
        this.progress = progress;
        this.maxMessagesPerThread = maxMessagesPerThread;
        this.sink = sink;
    }

    public void accept(CsvRecord record) {
        if (record.isBlank()) {
            emptyRowsInARow++;
            if (emptyRowsInARow == 2 && currentThreadId == null) {
                closeThread();
            }
            return;
        }
        emptyRowsInARow = 0;
        progress.rowRead();
        if (record.refused()) {
            progress.rejectRow(record.line(), record.refusal() + "; row skipped");
            return;
        }
        String threadId = columns.hasThreadId() ? blankToNull(record.field(columns.threadId()).strip()) : null;
        if (threadId != null && closedThreadIds.contains(threadId) && !threadId.equals(currentThreadId)) {
            progress.rejectRow(record.line(), "thread_id '" + threadId
                    + "' comes back after other threads; the rows of a thread must be contiguous");
            return;
        }
        if (!turns.isEmpty() && !Objects.equals(threadId, currentThreadId)) {
            closeThread();
        }
        if (turns.size() >= maxMessagesPerThread) {
            progress.note(record.line(), "thread longer than " + maxMessagesPerThread
                    + " messages: a new thread starts here");
            closeThread();
        }
        currentThreadId = threadId;
        turns.add(new SourceTurn(record.line(), record.field(columns.role()), record.field(columns.text()),
                record.field(columns.timestamp())));
    }

    /** Call at the end of the input. */
    public void finish() {
        closeThread();
    }

    private void closeThread() {
        if (!turns.isEmpty()) {
            if (currentThreadId != null) {
                closedThreadIds.add(currentThreadId);
            }
            sink.accept(new SourceThread(currentThreadId, turns));
            turns = new ArrayList<>();
        }
        currentThreadId = null;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
