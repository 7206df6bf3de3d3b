package com.leadtolease.devstack;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Received mail as {@code <dir>/<receivedMillis>-<seq>.eml} files; the file name is the message id. Loaded again on
 * start, so the mailbox survives restarts. Delete the folder to empty it.
 */
final class MailStore {
    private static final Pattern ID = Pattern.compile("\\d{13}-\\d{6}");

    /** What the list page and /api/messages show; the body is read from the file when asked for. */
    record Entry(String id, Instant receivedAt, Path file, String from, List<String> to, String subject,
                 List<AttachmentInfo> attachments) {
    }

    record AttachmentInfo(int index, String filename, String contentType, int size) {
    }

    private final Path dir;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    MailStore(Path dir) {
        this.dir = dir.toAbsolutePath();
        try {
            Files.createDirectories(this.dir);
            try (Stream<Path> files = Files.list(this.dir)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".eml") && ID.matcher(name.substring(0, name.length() - 4)).matches()) {
                        try {
                            index(name.substring(0, name.length() - 4), file);
                        } catch (RuntimeException e) {
                            Log.warn("skipping unreadable mail " + file + ": " + e.getMessage());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        entries.keySet().stream().mapToLong(id -> Long.parseLong(id.substring(14))).max()
                .ifPresent(max -> sequence.set(max + 1));
    }

    /** Writes the message (with the SMTP envelope recipients as a header) and indexes it. */
    Entry save(MimeMessage message, List<String> envelopeRecipients) {
        long now = System.currentTimeMillis();
        String id = String.format("%013d-%06d", now, sequence.getAndIncrement() % 1_000_000);
        Path file = dir.resolve(id + ".eml");
        Path tmp = dir.resolve(id + ".eml.tmp");
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            message.writeTo(bytes);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!envelopeRecipients.isEmpty()) {
                    out.write(("X-Devstack-Envelope-To: " + String.join(", ", envelopeRecipients) + "\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                bytes.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException("Cannot store received mail in " + file + ": " + e.getMessage(), e);
        }
        return index(id, file);
    }

    /** Newest first. */
    List<Entry> list() {
        List<Entry> all = new ArrayList<>(entries.values());
        all.sort(Comparator.comparing(Entry::id).reversed());
        return all;
    }

    Optional<Entry> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(entries.get(id));
    }

    int size() {
        return entries.size();
    }

    private Entry index(String id, Path file) {
        ParsedMail mail = ParsedMail.read(file);
        List<String> to = new ArrayList<>(mail.to());
        to.addAll(mail.cc());
        if (to.isEmpty()) {
            mail.headers().stream().filter(h -> h.getKey().equalsIgnoreCase("X-Devstack-Envelope-To"))
                    .findFirst().ifPresent(h -> to.addAll(List.of(h.getValue().split(",\\s*"))));
        }
        List<AttachmentInfo> attachments = mail.attachments().stream()
                .map(a -> new AttachmentInfo(a.index(), a.filename(), a.contentType(), a.content().length))
                .toList();
        Entry entry = new Entry(id, Instant.ofEpochMilli(Long.parseLong(id.substring(0, 13))), file,
                mail.from(), List.copyOf(to), mail.subject(), attachments);
        entries.put(id, entry);
        return entry;
    }
}
