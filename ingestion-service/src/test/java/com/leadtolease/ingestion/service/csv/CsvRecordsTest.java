package com.leadtolease.ingestion.service.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static List<CsvRecord> read(InputStream input, int maxFieldChars, int maxColumns) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecords reader = new CsvRecords(input, maxFieldChars, maxColumns)) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }
        return records;
    }

    private static List<CsvRecord> read(byte[] bytes, int maxFieldChars) throws IOException {
        return read(new ByteArrayInputStream(bytes), maxFieldChars, 100);
    }

    private static List<CsvRecord> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), 1000);
    }

    @Test
    void skipsTheUtf8ByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "role,text\nlead,hi\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);

        List<CsvRecord> records = read(all, 1000);

        assertThat(records.get(0).fields()).containsExactly("role", "text");
        assertThat(records.get(1).fields()).containsExactly("lead", "hi");
    }

    @Test
    void readsCrlfLfAndCrAlikeAndCountsLines() throws IOException {
        List<CsvRecord> records = read("a,b\r\nc,d\ne,f\rg,h\r\n");

        assertThat(records).extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"), List.of("g", "h"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("role,text\r\nagent,\"Here are two:\r\n1. \"\"Loft\"\", $1,200\n2. Flat\"\r\n"
                + "lead,\"\"\"quoted\"\"\",\"\"\nlead,ok\r\n");

        assertThat(records.get(1).fields()).containsExactly("agent", "Here are two:\n1. \"Loft\", $1,200\n2. Flat");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).fields()).containsExactly("lead", "\"quoted\"", "");
        assertThat(records.get(2).line()).as("the record after a three-line field").isEqualTo(5);
        assertThat(records.get(3).line()).isEqualTo(6);
    }

    @Test
    void emptyLinesAreBlankRecordsAndALastLineWithoutNewlineIsRead() throws IOException {
        List<CsvRecord> records = read("a,b\n\n,\nc,\"d\"");

        assertThat(records).extracting(CsvRecord::isBlank).containsExactly(false, true, true, false);
        assertThat(records.get(3).fields()).containsExactly("c", "d");
        assertThat(records.get(3).line()).isEqualTo(4);
    }

    @Test
    void refusesAFieldLongerThanTheCapWithoutBufferingIt() throws IOException {
        String huge = "x".repeat(5000);

        List<CsvRecord> records = read(("role,text\nlead,\"" + huge + "\r\n" + huge + "\"\"\"\"\"\nlead,short\n"
                + "lead," + huge + "\nlead,\"" + "y".repeat(99) + "\"\"\"\n").getBytes(StandardCharsets.UTF_8), 100);

        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L, 6L);
        assertThat(records.get(1).refusal()).isEqualTo("a field is longer than the allowed maximum (100 characters)");
        assertThat(records.get(1).fields()).isEmpty();
        assertThat(records.get(2).refused()).isFalse();
        assertThat(records.get(2).fields()).containsExactly("lead", "short");
        assertThat(records.get(3).refused()).as("an unquoted field").isTrue();
        assertThat(records.get(4).refused()).as("99 characters and a doubled quote").isFalse();
        assertThat(records.get(4).fields().get(1)).isEqualTo("y".repeat(99) + "\"");
    }

    /** A quoted field of {@code fieldBytes} ('z' and a line break every 64 bytes), generated as it is read. */
    private static InputStream hugeField(long fieldBytes) {
        return new InputStream() {
            private final byte[] head = "role,text\nlead,\"".getBytes(StandardCharsets.UTF_8);
            private final byte[] tail = "\"\nlead,after\n".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                long p = position++;
                if (p < head.length) {
                    return head[(int) p];
                }
                if (p < head.length + fieldBytes) {
                    return p % 64 == 0 ? '\n' : 'z';
                }
                long t = p - head.length - fieldBytes;
                return t < tail.length ? tail[(int) t] : -1;
            }
        };
    }

    @Test
    void opencsvNeverSeesMoreOfAnOversizedFieldThanTheCap() throws IOException {
        long fieldBytes = 16L * 1024 * 1024;
        long passedOn = 0;
        StringBuilder end = new StringBuilder();
        try (CsvInputGuard guard = new CsvInputGuard(new java.io.BufferedInputStream(hugeField(fieldBytes)), 65_536, 100)) {
            char[] buffer = new char[8192];
            for (int n; (n = guard.read(buffer, 0, buffer.length)) >= 0; ) {
                passedOn += n;
                end.append(buffer, 0, n);
                end.delete(0, Math.max(0, end.length() - 40));
            }
        }

        assertThat(passedOn).isLessThan(65_536 + 100);
        assertThat(end.toString()).endsWith("zzz\"\nlead,after\n");

        List<CsvRecord> records = read(new java.io.BufferedInputStream(hugeField(fieldBytes)), 65_536, 100);

        assertThat(records).hasSize(3);
        assertThat(records.get(1).refused()).isTrue();
        assertThat(records.get(2).line()).as("lines counted through the dropped field").isEqualTo(3 + fieldBytes / 64);
        assertThat(records.get(2).fields()).containsExactly("lead", "after");
    }

    @Test
    void refusesARowWithMoreColumnsThanTheCap() throws IOException {
        List<CsvRecord> records = read(new ByteArrayInputStream(("a,b,c\n1,2,3,\"4\n5\"\n" + ",".repeat(10_000)
                + "\nx,y\n").getBytes(StandardCharsets.UTF_8)), 1000, 3);

        assertThat(records).extracting(CsvRecord::refusal)
                .containsExactly(null, "more than 3 columns", "more than 3 columns", null);
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L, 5L);
        assertThat(records.get(3).fields()).containsExactly("x", "y");
    }

    @Test
    void refusesQuotesRfc4180DoesNotAllowButReadsOnCorrectly() throws IOException {
        List<CsvRecord> records = read("role,text\nlead,I am 6\" tall\nlead,\"quoted\" then text,x\n"
                + "lead,\"a \"\"b\"\"\"\nlead,5\" x\n\"open,\nstill open\" tail\nlead,ok\n");

        assertThat(records).extracting(CsvRecord::refused).containsExactly(false, true, true, false, true, true, false);
        assertThat(records.get(1).refusal()).startsWith("a quote inside an unquoted field");
        assertThat(records.get(2).refusal()).startsWith("text after a closing quote");
        assertThat(records.get(3).fields()).containsExactly("lead", "a \"b\"");
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 8L);
        assertThat(records.get(6).fields()).containsExactly("lead", "ok");
    }

    @Test
    void readsWhatRfc4180WritesForRandomFields() throws IOException {
        Random random = new Random(4180);
        String alphabet = "ab ,\"\n\r\u00e9\uD83C\uDFE0";
        for (int file = 0; file < 1_000; file++) {
            List<List<String>> expected = new ArrayList<>();
            StringBuilder csv = new StringBuilder();
            for (int row = 0, rows = 1 + random.nextInt(5); row < rows; row++) {
                List<String> fields = new ArrayList<>();
                for (int f = 0, count = 1 + random.nextInt(4); f < count; f++) {
                    StringBuilder field = new StringBuilder(count == 1 ? "x" : "");
                    for (int i = 0, length = random.nextInt(8); i < length; i++) {
                        field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    String value = field.toString().replace("\uD83C", "").replace("\uDFE0", "\uD83C\uDFE0");
                    fields.add(value.replace("\r\n", "\n").replace('\r', '\n'));
                    csv.append(f == 0 ? "" : ",");
                    boolean quote = value.matches("(?s).*[,\"\r\n].*") || random.nextBoolean();
                    csv.append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
                }
                expected.add(fields);
                csv.append(random.nextBoolean() ? "\r\n" : "\n");
            }

            List<CsvRecord> records = read(csv.toString());

            assertThat(records).as(csv.toString()).extracting(CsvRecord::fields).isEqualTo(expected);
        }
    }

    @Test
    void invalidUtf8IsAnErrorNamingTheLine() {
        byte[] latin1 = "role,text\nlead,caf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(latin1, 1000))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("not valid UTF-8")
                .hasMessageContaining("line 2");
    }

    @Test
    void invalidUtf8FarIntoALargeFileNamesItsLine() {
        StringBuilder rows = new StringBuilder("role,text\n");
        for (int i = 0; i < 20_000; i++) {
            rows.append("lead,\"message\r\nnumber ").append(i).append("\"\n");
        }
        byte[] valid = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(valid, valid.length + 3);
        all[valid.length] = 'x';
        all[valid.length + 1] = (byte) 0xC3;
        all[valid.length + 2] = '\n';

        assertThatThrownBy(() -> read(all, 1000))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 40002");
    }

    @Test
    void multiByteCharactersAcrossBufferBoundariesAreDecoded() throws IOException {
        String text = "caf\u00e9 \u2014 se\u00f1or \uD83C\uDFE0".repeat(5_000);

        List<CsvRecord> records = read(("role,text\nlead,\"" + text + "\"\n").getBytes(StandardCharsets.UTF_8), 1_000_000);

        assertThat(records.get(1).fields().get(1)).isEqualTo(text);
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingWhereItStarts() {
        assertThatThrownBy(() -> read("role,text\nlead,hi\nlead,\"never closed\nlead,bye\n"))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 3");
    }
}
