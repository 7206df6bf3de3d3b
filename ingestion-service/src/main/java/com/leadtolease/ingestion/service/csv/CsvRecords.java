package com.leadtolease.ingestion.service.csv;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The records of a CSV upload, one at a time: opencsv's RFC 4180 parser reads them behind a {@link CsvInputGuard}
 * (strict UTF-8, BOM, line numbers, field and column caps). UTF-8 with or without BOM, CRLF, LF or CR, quoted fields
 * with separators, doubled quotes and line breaks (read as {@code \n}).
 */
public final class CsvRecords implements Closeable {

    private final CsvInputGuard guard;
    private final CSVReader reader;

    public CsvRecords(InputStream input, int maxFieldChars, int maxColumns) {
        this.guard = new CsvInputGuard(input, maxFieldChars, maxColumns);
        this.reader = new CSVReaderBuilder(guard)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withVerifyReader(false)
                .build();
    }

    /** The next record, or empty at the end of the input. */
    public Optional<CsvRecord> next() {
        String[] fields;
        try {
            fields = reader.readNext();
        } catch (IOException | CsvValidationException e) {
            throw new CsvFormatException("Could not read the CSV: " + e.getMessage(), e);
        }
        if (fields == null) {
            return Optional.empty();
        }
        CsvInputGuard.RecordStart start = guard.nextRecord();
        List<String> values = start.refusal() == null ? Arrays.asList(fields) : List.of();
        return Optional.of(new CsvRecord(start.line(), values, start.refusal()));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
