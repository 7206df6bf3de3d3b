package com.leadtolease.ingestion.service.csv;

import com.leadtolease.ingestion.domain.SourceThread;
import com.leadtolease.ingestion.service.JobProgress;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a CSV stream into threads, one at a time: header (required columns checked first), then rows segmented by
 * {@link ThreadSegmenter}. Fails with {@link CsvFormatException} on an empty file, a header without rows, missing
 * columns, invalid UTF-8 or an unclosed quote.
 */
public final class CsvThreadSource {

    private final int maxFieldChars;
    private final int maxMessagesPerThread;

    public CsvThreadSource(int maxFieldChars, int maxMessagesPerThread) {
        this.maxFieldChars = maxFieldChars;
        this.maxMessagesPerThread = maxMessagesPerThread;
    }

    /**
     * @param bytesRead told how many bytes have been consumed after each thread (for progress)
     */
    public void read(InputStream input, JobProgress progress, Consumer<SourceThread> threads,
                     Consumer<Long> bytesRead) throws IOException {
        CountingInputStream counting = new CountingInputStream(new BufferedInputStream(input, 256 * 1024));
        try (CsvReader reader = new CsvReader(counting, maxFieldChars)) {
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

    private static java.util.List<String> header(CsvReader reader) {
        for (Optional<CsvRecord> record = reader.next(); record.isPresent(); record = reader.next()) {
            if (record.get().oversized()) {
                throw new CsvFormatException("The first row (the header) has a field longer than the allowed maximum;"
                        + " is this a CSV file?");
            }
            if (!record.get().isBlank()) {
                return record.get().fields();
            }
        }
        throw new CsvFormatException("The file is empty: expected a header row (role, text, timestamp, optional "
                + "thread_id) and data rows");
    }
}
