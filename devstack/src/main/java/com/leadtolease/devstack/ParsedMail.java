package com.leadtolease.devstack;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One .eml file taken apart for the mailbox: addresses, subject, headers, the first text/plain and text/html body,
 * and the attachments (parts with a file name or attachment disposition, calendar parts, anything not text).
 */
record ParsedMail(
        String from,
        List<String> to,
        List<String> cc,
        String subject,
        List<Map.Entry<String, String>> headers,
        String text,
        String html,
        List<Attachment> attachments) {

    private static final Session SESSION = Session.getInstance(new Properties());

    record Attachment(int index, String filename, String contentType, byte[] content) {
    }

    static ParsedMail read(Path eml) {
        try (InputStream in = Files.newInputStream(eml)) {
            return of(new MimeMessage(SESSION, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot parse " + eml + ": " + e.getMessage(), e);
        }
    }

    static ParsedMail of(MimeMessage message) throws MessagingException, IOException {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (Enumeration<Header> e = message.getAllHeaders(); e.hasMoreElements(); ) {
            Header header = e.nextElement();
            headers.add(Map.entry(header.getName(), decode(header.getValue())));
        }
        Bodies bodies = new Bodies();
        walk(message, bodies);
        Address[] from = message.getFrom();
        return new ParsedMail(
                from == null || from.length == 0 ? "" : display(from[0]),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                addresses(message.getRecipients(Message.RecipientType.CC)),
                message.getSubject() == null ? "" : message.getSubject(),
                headers,
                bodies.text,
                bodies.html,
                bodies.attachments);
    }

    private static final class Bodies {
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();
    }

    private static void walk(Part part, Bodies bodies) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, bodies);
            }
            return;
        }
        String filename = part.getFileName() == null ? null : decode(part.getFileName());
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null;
        if (!attachment && part.isMimeType("text/plain") && bodies.text == null) {
            bodies.text = String.valueOf(part.getContent());
        } else if (!attachment && part.isMimeType("text/html") && bodies.html == null) {
            bodies.html = String.valueOf(part.getContent());
        } else {
            int index = bodies.attachments.size();
            byte[] content;
            try (InputStream in = part.getInputStream()) {
                content = in.readAllBytes();
            }
            String contentType = part.getContentType() == null ? "application/octet-stream" : part.getContentType();
            bodies.attachments.add(new Attachment(index,
                    filename != null ? filename : defaultName(index, part), contentType.replaceAll("\\s+", " "), content));
        }
    }

    private static String defaultName(int index, Part part) throws MessagingException {
        if (part.isMimeType("text/calendar")) {
            return "invite.ics";
        }
        if (part.isMimeType("message/rfc822")) {
            return "message-" + index + ".eml";
        }
        if (part.isMimeType("text/html")) {
            return "part-" + index + ".html";
        }
        if (part.isMimeType("text/*")) {
            return "part-" + index + ".txt";
        }
        return "attachment-" + index;
    }

    private static List<String> addresses(Address[] addresses) {
        List<String> out = new ArrayList<>();
        if (addresses != null) {
            for (Address address : addresses) {
                out.add(display(address));
            }
        }
        return out;
    }

    private static String display(Address address) {
        return address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString();
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (Exception e) {
            return value;
        }
    }
}
