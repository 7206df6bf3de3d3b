package com.leadtolease.ingestion.service.csv;

import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.service.JobProgress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a CSV stream into threads, one at a time: header (required columns checked first), then rows segmented by
 * {@link ThreadSegmenter}. Fails with {@link CsvFormatException} on an empty file, a header without rows, a refused
 * or incomplete header, invalid UTF-8 or an unclosed quote.
 */
public final class CsvThreadSource {

    private final int maxFieldChars;
    private final int maxColumns;
    private final int maxMessagesPerThread;

    public CsvThreadSource(int maxFieldChars, int maxColumns, int maxMessagesPerThread) {
        this.maxFieldChars = maxFieldChars;
        this.maxColumns = maxColumns;
        this.maxMessagesPerThread = maxMessagesPerThread;
    }

    /**
     * @param bytesRead told how many bytes have been consumed after each thread (for progress)
     */
    public void read(InputStream input, JobProgress progress, Consumer<SourceThread> threads,
                     Consumer<Long> bytesRead) throws IOException {
        CountingInputStream counting = new CountingInputStream(new BufferedInputStream(input, 256 * 1024));
        try (CsvRecords reader = new CsvRecords(counting, maxFieldChars, maxColumns)) {
            CsvColumns columns = CsvColumns.fromHeader(header(reader));
            ThreadSegmenter segmenter = new ThreadSegmenter(columns, progress, maxMessagesPerThread, thread -> {
                threads.accept(thread);
                bytesRead.accept(counting.count());
            });
            for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
                segmenter.accept(record.get());
            }
            segmenter.finish();
            bytesRead.accept(counting.count());
        }
        if (progress.counts().rowsRead() == 0) {
            throw new CsvFormatException("The CSV has a header but no data rows");
        }
    }

    private static List<String> header(CsvRecords reader) {
        for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
            if (record.get().refused()) {
                throw new CsvFormatException("The first row (the header, line " + record.get().line() + ") cannot be "
                        + "read: " + record.get().refusal() + "; is this a CSV file?");
            }
            if (!record.get().isBlank()) {
                return record.get().fields();
            }
        }
        throw new CsvFormatException("The file is empty: expected a header row (role, text, timestamp, optional "
                + "thread_id) and data rows");
    }
}
