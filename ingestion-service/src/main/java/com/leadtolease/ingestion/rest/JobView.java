package com.leadtolease.ingestion.rest;

import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.domain.JobCounts;
import com.leadtolease.ingestion.domain.RowProblem;
import java.time.Instant;
import java.util.List;

/**
 * An ingestion job as the API shows it.
 *
 * @param status          queued | running | succeeded | failed
 * @param progress        0–1: share of the input (bytes of a CSV, threads of a JSON request) processed
 * @param problems        per-row problems (line number, reason), at most the configured number
 * @param problemsOmitted how many further problems were found but not listed
 * @param error           why a failed job failed
 */
public record JobView(String id, String status, String format, String source, String sourceFile, double progress,
                      JobCounts counts, List<RowProblem> problems, long problemsOmitted, String error,
                      Instant createdAt, Instant startedAt, Instant finishedAt) {

    static JobView of(IngestJob job) {
        return new JobView(job.id(), job.status().publicValue(), job.format(), job.source(), job.sourceFile(),
                Math.round(job.progress() * 1000) / 1000.0, job.counts(), job.problems(), job.problemsOmitted(),
                job.error(), job.createdAt(), job.startedAt(), job.finishedAt());
    }
}
