package com.leadtolease.notification.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** A received email taken apart: subject, plain-text part, HTML part, calendar attachment and its content type. */
public record ReceivedMail(String subject, String text, String html, String calendar, String calendarContentType,
                           String calendarFileName) {

    public static ReceivedMail parse(MimeMessage message) {
        try {
            Collector collector = new Collector();
            collector.walk(message);
            return new ReceivedMail(message.getSubject(), collector.text, collector.html, collector.calendar,
                    collector.calendarContentType, collector.calendarFileName);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse the received email", e);
        }
    }

    /** The calendar with folded lines joined again (RFC 5545 unfolding). */
    public String unfoldedCalendar() {
        return calendar == null ? null : calendar.replaceAll("\r\n[ \t]", "");
    }

    private static final class Collector {
        String text;
        String html;
        String calendar;
        String calendarContentType;
        String calendarFileName;

        void walk(Part part) throws Exception {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (part.isMimeType("text/calendar")) {
                calendar = read(part);
                calendarContentType = part.getContentType();
                calendarFileName = part.getFileName();
            } else if (part.isMimeType("text/html")) {
                html = read(part);
            } else if (part.isMimeType("text/plain")) {
                text = read(part);
            }
        }

        private static String read(Part part) throws IOException, jakarta.mail.MessagingException {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
