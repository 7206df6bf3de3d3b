package com.leadtolease.ingestion.domain;

import java.time.Instant;
import java.util.List;

/**
 * An ingestion job as stored in {@code ingest_jobs}.
 *
 * @param format        csv or json
 * @param source        the source label given to its threads (e.g. csv, crm-export)
 * @param sourceFile    the file name given by the caller, if any
 * @param bytesTotal    size of the input (CSV) or number of threads (JSON); progress is measured against it
 * @param bytesDone     how much of it has been processed
 * @param problemsOmitted problems beyond the listed ones
 */
public record IngestJob(String id, JobStatus status, String format, String source, String sourceFile,
                        String inputSha256, long bytesTotal, long bytesDone, JobCounts counts,
                        List<RowProblem> problems, long problemsOmitted, String error,
                        Instant createdAt, Instant startedAt, Instant finishedAt) {

    public double progress() {
        if (status == JobStatus.SUCCEEDED) {
            return 1.0;
        }
        return bytesTotal <= 0 ? 0.0 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}
