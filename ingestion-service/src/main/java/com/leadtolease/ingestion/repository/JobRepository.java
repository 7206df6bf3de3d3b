package com.leadtolease.ingestion.repository;

import com.leadtolease.ingestion.domain.IngestJob;
import com.leadtolease.ingestion.domain.JobCounts;
import com.leadtolease.ingestion.domain.JobStatus;
import com.leadtolease.ingestion.domain.RowProblem;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/** The {@code ingest_jobs} collection: one document per job, every change a single-document update. */
@ApplicationScoped
public class JobRepository {

    private final IngestionDatabase db;

    public JobRepository(IngestionDatabase db) {
        this.db = db;
    }

    public void insert(IngestJob job) {
        db.jobs().insertOne(new Document("_id", job.id())
                .append("status", job.status().value())
                .append("format", job.format())
                .append("source", job.source())
                .append("source_file", job.sourceFile())
                .append("input_sha256", job.inputSha256())
                .append("units_total", job.bytesTotal())
                .append("units_done", 0L)
                .append("counts", counts(JobCounts.ZERO))
                .append("problems", List.of())
                .append("problems_omitted", 0L)
                .append("created_at", Date.from(job.createdAt())));
    }

    public Optional<IngestJob> find(String id) {
        return Optional.ofNullable(db.jobs().find(Filters.eq("_id", id)).first()).map(JobRepository::toJob);
    }

    /** Jobs a previous run of the service left unfinished (it stopped while they were queued or running). */
    public List<IngestJob> findUnfinished() {
        List<IngestJob> jobs = new ArrayList<>();
        db.jobs().find(Filters.in("status", JobStatus.QUEUED.value(), JobStatus.RUNNING.value(),
                JobStatus.COMMITTING.value())).forEach(doc -> jobs.add(toJob(doc)));
        return jobs;
    }

    public void markRunning(String id, Instant now) {
        db.jobs().updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("status", JobStatus.RUNNING.value()), Updates.set("started_at", Date.from(now))));
    }

    public void saveProgress(String id, long unitsDone, JobCounts counts, List<RowProblem> problems, long omitted) {
        db.jobs().updateOne(Filters.eq("_id", id), progress(unitsDone, counts, problems, omitted));
    }

    public void markCommitting(String id, long unitsDone, JobCounts counts, List<RowProblem> problems, long omitted) {
        db.jobs().updateOne(Filters.eq("_id", id), Updates.combine(progress(unitsDone, counts, problems, omitted),
                Updates.set("status", JobStatus.COMMITTING.value())));
    }

    public void markSucceeded(String id, Instant now) {
        db.jobs().updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("status", JobStatus.SUCCEEDED.value()), Updates.set("finished_at", Date.from(now))));
    }

    /** Failed: the error says why; the counts are those of the failed attempt (nothing of it was kept). */
    public void markFailed(String id, String error, Instant now, JobCounts counts, List<RowProblem> problems,
                           long omitted, long unitsDone) {
        db.jobs().updateOne(Filters.eq("_id", id), Updates.combine(progress(unitsDone, counts, problems, omitted),
                Updates.set("status", JobStatus.FAILED.value()), Updates.set("error", error),
                Updates.set("finished_at", Date.from(now))));
    }

    private static Bson progress(long unitsDone, JobCounts counts, List<RowProblem> problems, long omitted) {
        return Updates.combine(Updates.set("units_done", unitsDone), Updates.set("counts", counts(counts)),
                Updates.set("problems", problems.stream()
                        .map(p -> new Document("line", p.line()).append("reason", p.reason())).toList()),
                Updates.set("problems_omitted", omitted));
    }

    private static Document counts(JobCounts c) {
        return new Document("threads", c.threads())
                .append("threads_already_stored", c.threadsAlreadyStored())
                .append("messages", c.messages())
                .append("duplicates_dropped", c.duplicatesDropped())
                .append("rows_read", c.rowsRead())
                .append("rows_rejected", c.rowsRejected())
                .append("timestamp_problems", c.timestampProblems());
    }

    private static IngestJob toJob(Document d) {
        Document c = d.get("counts", Document.class);
        JobCounts counts = new JobCounts(number(c, "threads"), number(c, "threads_already_stored"),
                number(c, "messages"), number(c, "duplicates_dropped"), number(c, "rows_read"),
                number(c, "rows_rejected"), number(c, "timestamp_problems"));
        List<RowProblem> problems = d.getList("problems", Document.class, List.of()).stream()
                .map(p -> new RowProblem(number(p, "line"), p.getString("reason"))).toList();
        return new IngestJob(d.getString("_id"), JobStatus.of(d.getString("status")), d.getString("format"),
                d.getString("source"), d.getString("source_file"), d.getString("input_sha256"),
                number(d, "units_total"), number(d, "units_done"), counts, problems, number(d, "problems_omitted"),
                d.getString("error"), instant(d, "created_at"), instant(d, "started_at"), instant(d, "finished_at"));
    }

    private static long number(Document d, String key) {
        Object value = d.get(key);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    private static Instant instant(Document d, String key) {
        Date date = d.getDate(key);
        return date == null ? null : date.toInstant();
    }
}
