package com.leadtolease.ingestion.service.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A streaming RFC 4180 reader: UTF-8 with or without BOM (invalid bytes are an error, never replaced), CRLF or LF,
 * quoted fields with commas, doubled quotes and line breaks. Holds one record at a time; a field longer than
 * {@code maxFieldChars} is dropped (the record is marked oversized) instead of being buffered.
 */
public final class CsvReader implements Closeable {

    private static final int EOF = -1;
    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream input;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_BYTES);
    private final int maxFieldChars;
    private boolean endOfInput;
    private boolean malformed;
    private boolean finished;
    private long line = 1;

    public CsvReader(InputStream input, int maxFieldChars) throws IOException {
        this.input = skipByteOrderMark(input);
        this.maxFieldChars = maxFieldChars;
        chars.flip();
    }

    private static InputStream skipByteOrderMark(InputStream input) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(input, 3);
        byte[] head = pushback.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            pushback.unread(head);
        }
        return pushback;
    }

    /** The next record, or empty at the end of the input. */
    public Optional<CsvRecord> next() {
        int c = read();
        if (c == EOF) {
            return Optional.empty();
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean oversized = false;
        boolean fieldTooLong = false;
        boolean quoted = false;
        boolean fieldStart = true;
        while (true) {
            if (quoted) {
                if (c == EOF) {
                    throw new CsvFormatException("A quoted field starting on line " + startLine
                            + " is never closed: the rest of the file would be swallowed into it");
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        fieldTooLong |= append(field, '"', fieldTooLong);
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    fieldTooLong |= append(field, (char) c, fieldTooLong);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == ',' || c == '\n' || c == EOF) {
                fields.add(fieldTooLong ? "" : field.toString());
                oversized |= fieldTooLong;
                field.setLength(0);
                fieldTooLong = false;
                fieldStart = true;
                if (c != ',') {
                    return Optional.of(new CsvRecord(startLine, List.copyOf(fields), oversized));
                }
            } else {
                fieldStart = false;
                fieldTooLong |= append(field, (char) c, fieldTooLong);
            }
            c = read();
        }
    }

    /** @return true when the field just went over the cap (its content is then dropped) */
    private boolean append(StringBuilder field, char c, boolean alreadyTooLong) {
        if (alreadyTooLong) {
            return true;
        }
        if (field.length() >= maxFieldChars) {
            field.setLength(0);
            field.trimToSize();
            return true;
        }
        field.append(c);
        return false;
    }

    /** The next character with line counting; CR LF and a lone CR count as one line break and read as '\n'. */
    private int read() {
        int c = rawRead();
        if (c == '\n') {
            line++;
        } else if (c == '\r') {
            line++;
            int following = rawRead();
            if (following != '\n' && following != EOF) {
                unread();
            }
            return '\n';
        }
        return c;
    }

    private int rawRead() {
        if (!chars.hasRemaining() && !fill()) {
            return EOF;
        }
        return chars.get();
    }

    /** Unread the last character (only ever one, right after reading it). */
    private void unread() {
        chars.position(chars.position() - 1);
    }

    /**
     * Decodes the next characters. Invalid UTF-8 is reported only once every character before it has been read, so
     * the error names the line the bad bytes are on.
     */
    private boolean fill() {
        if (finished) {
            return false;
        }
        chars.clear();
        try {
            while (true) {
                if (malformed) {
                    throw new CsvFormatException("The file is not valid UTF-8 (invalid bytes on line " + line
                            + "); re-export it as UTF-8");
                }
                if (!endOfInput && bytes.hasRemaining()) {
                    int n = input.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        endOfInput = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                bytes.compact();
                if (result.isError()) {
                    malformed = true;
                } else if (endOfInput && result.isUnderflow()) {
                    decoder.flush(chars);
                }
                chars.flip();
                if (chars.hasRemaining()) {
                    return true;
                }
                chars.clear();
                if (endOfInput && !malformed) {
                    chars.flip();
                    finished = true;
                    return false;
                }
            }
        } catch (IOException e) {
            throw new CsvFormatException("Could not read the CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
