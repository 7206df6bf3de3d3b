package com.leadtolease.devstack.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The mail the local SMTP server received ({@code <data>/mail/*.eml}): the tour and event each one is about. */
public record MailLedger(List<Mail> mails) {

    public record Mail(String file, String tourId, String eventId) {
    }

    static final String TOUR_ID_HEADER = "X-Lead2Lease-Tour-Id";
    static final String EVENT_ID_HEADER = "X-Lead2Lease-Event-Id";

    public static MailLedger read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no mailbox folder " + dir);
        }
        List<Mail> mails = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList()) {
                mails.add(headers(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MailLedger(mails);
    }

    /** Only the header block (up to the first empty line), unfolded. */
    private static Mail headers(Path file) throws IOException {
        String tour = null;
        String event = null;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null && !line.isEmpty()) {
                int colon = line.indexOf(':');
                if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                    continue;
                }
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase(TOUR_ID_HEADER)) {
                    tour = value;
                } else if (name.equalsIgnoreCase(EVENT_ID_HEADER)) {
                    event = value;
                }
            }
        }
        return new Mail(file.getFileName().toString(), tour, event);
    }
}
