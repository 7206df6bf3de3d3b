package com.leadtolease.ingestion.service.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * What stands between an upload's bytes and opencsv, for what opencsv cannot do itself: decodes strict UTF-8 (invalid
 * bytes fail the job naming their line, never replaced), drops a leading BOM, and follows the RFC 4180 quoting to
 * number each record by the physical line it starts on and to refuse a record before opencsv buffers it: a field over
 * {@code maxFieldChars}, more than {@code maxColumns} fields, or quotes RFC 4180 does not allow (inside an unquoted
 * field, text after a closing quote), which opencsv would read differently from this guard. Of a refused record
 * opencsv sees only the well-formed start (a quoted field closed) and its line break, so it never holds more than the
 * caps allow and the records of both stay paired: {@link #nextRecord()} answers one {@link RecordStart} per record
 * opencsv returns. An unclosed quote fails the job naming the line it opens on.
 */
final class CsvInputGuard extends Reader {

    /** The physical line a record starts on and why it was refused ({@code null} when it was not). */
    record RecordStart(long line, String refusal) {
    }

    private enum State { RECORD_START, FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED, AFTER_CLOSING_QUOTE }

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final char QUOTE = '"';
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream input;
    private final int maxFieldChars;
    private final int maxColumns;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
    private final CharBuffer decoded = CharBuffer.allocate(BUFFER_SIZE);
    private final StringBuilder out = new StringBuilder(2 * BUFFER_SIZE + 2);
    private final Queue<RecordStart> records = new ArrayDeque<>();
    private int outPosition;
    private boolean endOfInput;
    private boolean malformed;
    private boolean finished;
    private boolean firstChar = true;
    private boolean previousWasCr;

    private State state = State.RECORD_START;
    private long line = 1;
    private long recordLine;
    private long quoteLine;
    private int fields;
    private int fieldChars;
    private String refusal;

    CsvInputGuard(InputStream input, int maxFieldChars, int maxColumns) {
        this.input = input;
        this.maxFieldChars = maxFieldChars;
        this.maxColumns = maxColumns;
    }

    /** Where the record opencsv has just returned starts, and whether it is refused. */
    RecordStart nextRecord() {
        RecordStart next = records.poll();
        if (next == null) {
            throw new IllegalStateException("opencsv returned a record the CSV guard did not see end");
        }
        return next;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        while (outPosition == out.length()) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(length, out.length() - outPosition);
        out.getChars(outPosition, outPosition + n, buffer, offset);
        outPosition += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    /**
     * Decodes and guards the next characters. Invalid UTF-8 is reported once every character before it has gone
     * through the guard, so the error names the line the bad bytes are on.
     */
    private boolean refill() throws IOException {
        if (finished) {
            return false;
        }
        if (malformed) {
            throw new CsvFormatException("The file is not valid UTF-8 (invalid bytes on line " + line
                    + "); re-export it as UTF-8");
        }
        out.setLength(0);
        outPosition = 0;
        if (!endOfInput && bytes.hasRemaining()) {
            int n = input.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, decoded, endOfInput);
        bytes.compact();
        malformed = result.isError();
        boolean decodedAll = endOfInput && result.isUnderflow();
        if (decodedAll) {
            decoder.flush(decoded);
        }
        decoded.flip();
        while (decoded.hasRemaining()) {
            accept(decoded.get());
        }
        decoded.clear();
        if (decodedAll && !malformed) {
            endOfRecords();
            finished = true;
        }
        return true;
    }

    private void accept(char c) {
        if (firstChar) {
            firstChar = false;
            if (c == BYTE_ORDER_MARK) {
                return;
            }
        }
        boolean lineBreak = c == '\n' || c == '\r';
        if (c == '\n' && previousWasCr) {
            // the second half of a CR LF, counted and acted on at its CR
            previousWasCr = false;
            if (state == State.RECORD_START || refusal == null) {
                out.append(c);
            }
            return;
        }
        previousWasCr = c == '\r';
        if (state == State.RECORD_START) {
            recordLine = line;
            fields = 1;
            fieldChars = 0;
            refusal = null;
            state = State.FIELD_START;
        }
        switch (state) {
            case FIELD_START -> {
                if (c == QUOTE) {
                    quoteLine = line;
                    state = State.QUOTED;
                    emit(c);
                } else if (!endsField(c)) {
                    state = State.UNQUOTED;
                    content(c);
                }
            }
            case UNQUOTED -> {
                if (c == QUOTE) {
                    refuse("a quote inside an unquoted field: quote the whole field and double its quotes (RFC 4180)");
                } else if (!endsField(c)) {
                    content(c);
                }
            }
            case QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTE_IN_QUOTED;
                } else {
                    content(c);
                }
            }
            case QUOTE_IN_QUOTED -> {
                if (c == QUOTE) {
                    state = State.QUOTED;
                    if (content()) {
                        out.append(QUOTE).append(QUOTE);
                    }
                } else {
                    emit(QUOTE);
                    state = State.AFTER_CLOSING_QUOTE;
                    if (!endsField(c)) {
                        refuse("text after a closing quote: quote the whole field and double its quotes (RFC 4180);"
                                + " row skipped");
                    }
                }
            }
            case AFTER_CLOSING_QUOTE -> endsField(c);
            default -> throw new IllegalStateException(state.name());
        }
        if (lineBreak) {
            line++;
        }
    }

    /** Acts on a separator or line break outside quotes; false for any other character. */
    private boolean endsField(char c) {
        if (c == ',') {
            fields++;
            fieldChars = 0;
            state = State.FIELD_START;
            if (fields > maxColumns) {
                refuse("more than " + maxColumns + " columns");
            }
            emit(c);
            return true;
        }
        if (c == '\n' || c == '\r') {
            out.append(c);
            records.add(new RecordStart(recordLine, refusal));
            state = State.RECORD_START;
            return true;
        }
        return false;
    }

    private void content(char c) {
        if (content()) {
            out.append(c);
        }
    }

    /** Counts one character of field content; false when it is not to be passed on. */
    private boolean content() {
        if (++fieldChars > maxFieldChars) {
            refuse("a field is longer than the allowed maximum (" + maxFieldChars + " characters)");
        }
        return refusal == null;
    }

    private void emit(char c) {
        if (refusal == null) {
            out.append(c);
        }
    }

    /** From here to its end the record is not passed on; an open quoted field is closed so opencsv sees it end. */
    private void refuse(String reason) {
        if (refusal == null) {
            if (state == State.QUOTED) {
                out.append(QUOTE);
            }
            refusal = reason;
        }
    }

    private void endOfRecords() {
        if (state == State.QUOTED) {
            throw new CsvFormatException("A quoted field starting on line " + quoteLine
                    + " is never closed: the rest of the file would be swallowed into it");
        }
        if (state == State.QUOTE_IN_QUOTED) {
            emit(QUOTE);
        }
        if (state != State.RECORD_START) {
            records.add(new RecordStart(recordLine, refusal));
        }
    }
}
