package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.domain.JobCounts;
import com.leadtolease.ingestion.domain.RowProblem;
import java.util.ArrayList;
import java.util.List;

/** Counts and problems of one running job, kept by the single thread running it. */
public final class JobProgress {

    private final int maxProblemsListed;
    private final List<RowProblem> problems = new ArrayList<>();
    private long problemsOmitted;
    private long threads;
    private long threadsAlreadyStored;
    private long messages;
    private long duplicatesDropped;
    private long rowsRead;
    private long rowsRejected;
    private long timestampProblems;
    private long unitsDone;

    public JobProgress(int maxProblemsListed) {
        this.maxProblemsListed = maxProblemsListed;
    }

    public void rowRead() {
        rowsRead++;
    }

    public void rejectRow(long line, String reason) {
        rowsRejected++;
        problem(line, reason);
    }

    /** A whole thread refused: each of its rows counts as rejected, the problem is listed once, at its first line. */
    public void rejectThread(long firstLine, int rows, String reason) {
        rowsRejected += rows;
        problem(firstLine, reason);
    }

    public void timestampUnreadable(long line, String rawTimestamp) {
        timestampProblems++;
        problem(line, rawTimestamp == null || rawTimestamp.isBlank()
                ? "no timestamp; stored without one"
                : "timestamp '" + abbreviate(rawTimestamp) + "' could not be read; stored without one");
    }

    public void note(long line, String reason) {
        problem(line, reason);
    }

    public void duplicateDropped() {
        duplicatesDropped++;
    }

    public void threadStored(int messageCount) {
        threads++;
        messages += messageCount;
    }

    public void threadAlreadyStored() {
        threadsAlreadyStored++;
    }

    public void unitsDone(long done) {
        unitsDone = done;
    }

    public long unitsDone() {
        return unitsDone;
    }

    /** An empty progress with the same problem cap, for work done elsewhere and merged back with {@link #add}. */
    public JobProgress fresh() {
        return new JobProgress(maxProblemsListed);
    }

    /** Adds what {@code other} counted and found (its problems after this one's, within the cap). */
    public void add(JobProgress other) {
        threads += other.threads;
        threadsAlreadyStored += other.threadsAlreadyStored;
        messages += other.messages;
        duplicatesDropped += other.duplicatesDropped;
        rowsRead += other.rowsRead;
        rowsRejected += other.rowsRejected;
        timestampProblems += other.timestampProblems;
        other.problems.forEach(problem -> problem(problem.line(), problem.reason()));
        problemsOmitted += other.problemsOmitted;
    }

    public JobCounts counts() {
        return new JobCounts(threads, threadsAlreadyStored, messages, duplicatesDropped, rowsRead, rowsRejected,
                timestampProblems);
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    public long problemsOmitted() {
        return problemsOmitted;
    }

    private void problem(long line, String reason) {
        if (problems.size() < maxProblemsListed) {
            problems.add(new RowProblem(line, reason));
        } else {
            problemsOmitted++;
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
