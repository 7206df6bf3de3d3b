package com.leadtolease.ingestion.support;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A CSV of {@code threads} distinct conversations produced on the fly, a thread at a time, so arbitrarily large
 * inputs can be streamed without being held in memory. Threads are separated by two empty rows.
 */
public final class GeneratedConversations {

    private static final String[] AREAS = {"Montrose", "Midtown", "The Heights", "EaDo", "Galleria", "Katy"};
    private static final String[] LEAD = {
        "Hi, I'm looking for a %d bedroom in %s under $%d, moving next month. Do you allow dogs? We have a small one.",
        "That sounds good. Is in-unit laundry available, and how far is it from the light rail? Parking matters too.",
        "Can I schedule a tour this Saturday morning? My partner would like to come along and see the unit in person.",
        "We loved it. How do I apply online, and what is the application fee? I can send pay stubs today if needed.",
        "Great, thanks so much for all the help today, we will wait for your email about the next steps to take."};
    private static final String[] AGENT = {
        "Thanks for reaching out! We have several units in %s that could work. When are you hoping to move in exactly?",
        "Here are three options that fit your budget, all with washer and dryer connections and covered parking spots.",
        "Your tour is confirmed for Saturday at 10am. Please check in at the leasing office with a photo ID on arrival.",
        "The application fee is $50 per adult and we need proof of income of three times the monthly rent, thanks."};

    private final int threads;
    private final int messagesPerThread;
    private final String salt;
    private final AtomicLong bytes = new AtomicLong();

    public GeneratedConversations(int threads, int messagesPerThread, String salt) {
        this.threads = threads;
        this.messagesPerThread = messagesPerThread;
        this.salt = salt;
    }

    public long bytesProduced() {
        return bytes.get();
    }

    public long messages() {
        return (long) threads * messagesPerThread;
    }

    public InputStream stream() {
        return new InputStream() {
            private byte[] chunk = "role,text,timestamp\r\n".getBytes(StandardCharsets.UTF_8);
            private int position;
            private int nextThread;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                while (position >= chunk.length) {
                    if (nextThread >= threads) {
                        return -1;
                    }
                    chunk = thread(nextThread++).getBytes(StandardCharsets.UTF_8);
                    position = 0;
                }
                int n = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, buffer, offset, n);
                position += n;
                bytes.addAndGet(n);
                return n;
            }
        };
    }

    private String thread(int index) {
        StringBuilder csv = new StringBuilder(4096);
        String area = AREAS[index % AREAS.length];
        for (int turn = 0; turn < messagesPerThread; turn++) {
            boolean lead = turn % 2 == 0;
            String template = lead ? LEAD[(turn / 2) % LEAD.length] : AGENT[(turn / 2) % AGENT.length];
            String text = String.format(template, 1 + index % 3, area, 1200 + index % 40 * 25);
            if (turn == 0) {
                text = text + " (ref " + salt + "-" + index + ")";
            }
            int minute = turn * 3;
            csv.append(lead ? "lead" : "agent").append(",\"").append(text).append("\",")
                    .append(String.format("2026-01-%02d %02d:%02d", 1 + index % 28, 9 + minute / 60, minute % 60))
                    .append("\r\n");
        }
        return csv.append("\r\n\r\n").toString();
    }
}
