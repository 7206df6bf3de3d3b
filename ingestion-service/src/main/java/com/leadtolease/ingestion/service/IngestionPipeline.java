package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.domain.ProcessedThread;
import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.messaging.ThreadEvents;
import com.leadtolease.ingestion.repository.JobRepository;
import com.leadtolease.ingestion.repository.ThreadStore;
import com.leadtolease.ingestion.service.csv.CsvThreadSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The one ingestion path, whatever the input (HTTP upload, JSON threads, startup seed): source threads are read in
 * batches by {@link ThreadProcessor} on the {@link UnderstandingPool} while the previous batch is staged by {@link
 * ThreadStore}; progress is saved on the job after each batch. Results keep the input's order. Making the result
 * visible (or removing it) is {@link JobRunner}'s part.
 */
@ApplicationScoped
public class IngestionPipeline {

    private final ThreadProcessor processor;
    private final ThreadStore store;
    private final ThreadEvents events;
    private final JobRepository jobs;
    private final UnderstandingPool pool;
    private final IngestionConfig config;

    public IngestionPipeline(ThreadProcessor processor, ThreadStore store, ThreadEvents events, JobRepository jobs,
                             UnderstandingPool pool, IngestionConfig config) {
        this.processor = processor;
        this.store = store;
        this.events = events;
        this.jobs = jobs;
        this.pool = pool;
        this.config = config;
    }

    public void ingestCsv(String jobId, InputStream csv, ThreadProcessor.Origin origin, JobProgress progress)
            throws IOException {
        BatchWriter writer = new BatchWriter(jobId, origin, progress);
        new CsvThreadSource(config.csv().maxFieldChars(), config.csv().maxColumns(),
                config.csv().maxMessagesPerThread())
                .read(csv, progress, writer::add, progress::unitsDone);
        writer.finish();
    }

    public void ingestThreads(String jobId, List<SourceThread> threads, ThreadProcessor.Origin origin,
                              JobProgress progress) {
        BatchWriter writer = new BatchWriter(jobId, origin, progress);
        long done = 0;
        for (SourceThread thread : threads) {
            thread.turns().forEach(turn -> progress.rowRead());
            writer.add(thread);
            progress.unitsDone(++done);
        }
        writer.finish();
    }

    /** One thread read on the pool, with what it counted and found. */
    private record Outcome(Optional<ProcessedThread> thread, JobProgress report) {
    }

    /** Hands full batches to the pool and stages each batch once it has been read, one batch behind. */
    private final class BatchWriter {
        private final String jobId;
        private final ThreadProcessor.Origin origin;
        private final JobProgress progress;
        private List<SourceThread> collecting = new ArrayList<>();
        private int rowsCollected;
        private List<Future<Outcome>> inFlight = List.of();

        BatchWriter(String jobId, ThreadProcessor.Origin origin, JobProgress progress) {
            this.jobId = jobId;
            this.origin = origin;
            this.progress = progress;
        }

        void add(SourceThread thread) {
            collecting.add(thread);
            rowsCollected += thread.turns().size();
            if (rowsCollected >= config.jobs().batchMessages()) {
                List<Future<Outcome>> next = submit(collecting);
                collecting = new ArrayList<>();
                rowsCollected = 0;
                stage(inFlight);
                inFlight = next;
            }
        }

        void finish() {
            List<Future<Outcome>> last = submit(collecting);
            stage(inFlight);
            stage(last);
            jobs.saveProgress(jobId, progress.unitsDone(), progress.counts(), progress.problems(),
                    progress.problemsOmitted());
        }

        private List<Future<Outcome>> submit(List<SourceThread> batch) {
            return batch.stream().map(thread -> pool.submit(() -> {
                JobProgress report = progress.fresh();
                return new Outcome(processor.process(thread, origin, report), report);
            })).toList();
        }

        private void stage(List<Future<Outcome>> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<ProcessedThread> processed = new ArrayList<>();
            for (Future<Outcome> future : batch) {
                Outcome outcome = await(future);
                progress.add(outcome.report());
                outcome.thread().ifPresent(processed::add);
            }
            if (!processed.isEmpty()) {
                List<ProcessedThread> stored = store.stage(jobId, processed, Instant.now(), events::threadIngested);
                stored.forEach(thread -> progress.threadStored(thread.messages().size()));
                for (int i = stored.size(); i < processed.size(); i++) {
                    progress.threadAlreadyStored();
                }
            }
            jobs.saveProgress(jobId, progress.unitsDone(), progress.counts(), progress.problems(),
                    progress.problemsOmitted());
        }

        private Outcome await(Future<Outcome> future) {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading messages", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("Reading messages failed", e.getCause());
            }
        }
    }
}
