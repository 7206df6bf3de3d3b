package com.leadtolease.ingestion.service.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<CsvRecord> read(byte[] bytes, int maxFieldChars) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), maxFieldChars)) {
            for (Optional<CsvRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                records.add(r.get());
            }
        }
        return records;
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
    }

    @Test
    void readsCrlfAndLfAlikeAndCountsLines() throws IOException {
        List<CsvRecord> records = read("a,b\r\nc,d\ne,f\r\n");

        assertThat(records).extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        List<CsvRecord> records = read("role,text\r\nagent,\"Here are two:\r\n1. \"\"Loft\"\", $1,200\n2. Flat\"\r\nlead,ok\r\n");

        assertThat(records.get(1).fields()).containsExactly("agent", "Here are two:\n1. \"Loft\", $1,200\n2. Flat");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(2).line()).as("the record after a three-line field").isEqualTo(5);
    }

    @Test
    void emptyLinesAreBlankRecordsAndALastLineWithoutNewlineIsRead() throws IOException {
        List<CsvRecord> records = read("a,b\n\n,\nc,d");

        assertThat(records).extracting(CsvRecord::isBlank).containsExactly(false, true, true, false);
        assertThat(records.get(3).fields()).containsExactly("c", "d");
    }

    @Test
    void dropsAFieldLongerThanTheCapInsteadOfBufferingIt() throws IOException {
        String huge = "x".repeat(5000);

        List<CsvRecord> records = read(("role,text\nlead,\"" + huge + "\"\nlead,short\n").getBytes(StandardCharsets.UTF_8), 100);

        assertThat(records.get(1).oversized()).isTrue();
        assertThat(records.get(1).fields().get(1)).isEmpty();
        assertThat(records.get(2).oversized()).isFalse();
        assertThat(records.get(2).fields()).containsExactly("lead", "short");
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
            rows.append("lead,message number ").append(i).append('\n');
        }
        byte[] valid = rows.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(valid, valid.length + 3);
        all[valid.length] = 'x';
        all[valid.length + 1] = (byte) 0xC3;
        all[valid.length + 2] = '\n';

        assertThatThrownBy(() -> read(all, 1000))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("line 20002");
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
