package com.leadtolease.ingestion.domain;

/**
 * What a job did so far.
 *
 * @param threads              new threads stored by this job
 * @param threadsAlreadyStored threads whose content was already stored (same file ingested again, or repeated in it)
 * @param messages             messages stored by this job
 * @param duplicatesDropped    consecutive repeated messages dropped
 * @param rowsRead             non-empty data rows read
 * @param rowsRejected         rows not ingested, each listed in the job's problems
 * @param timestampProblems    messages stored without a timestamp because theirs could not be read
 */
public record JobCounts(long threads, long threadsAlreadyStored, long messages, long duplicatesDropped, long rowsRead,
                        long rowsRejected, long timestampProblems) {

    public static final JobCounts ZERO = new JobCounts(0, 0, 0, 0, 0, 0, 0);
}
