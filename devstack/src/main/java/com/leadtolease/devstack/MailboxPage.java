package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mailbox on {@code 127.0.0.1:port}: {@code /} (list, newest first), {@code /messages/{id}} (bodies, headers),
 * {@code /messages/{id}/attachments/{index}}, {@code /messages/{id}/raw} (.eml), {@code /api/messages} and
 * {@code /api/messages/{id}} (JSON).
 */
public final class MailboxPage implements AutoCloseable {
    private static final Pattern MESSAGE = Pattern.compile("/messages/([0-9-]+)(/raw|/attachments/(\\d+))?/?");
    private static final Pattern API_MESSAGE = Pattern.compile("/api/messages/([0-9-]+)/?");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailStore store;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "mailbox-http");
        thread.setDaemon(true);
        return thread;
    });

    private MailboxPage(MailStore store, int port) throws IOException {
        this.store = store;
        this.server = HttpServer.create(new InetSocketAddress(DevStackConfig.HOST, port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    public static MailboxPage start(LocalMailServer mail, int port) {
        try {
            MailboxPage page = new MailboxPage(mail.store(), port);
            page.server.start();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serve the mailbox on " + DevStackConfig.HOST + ":" + port
                    + " (set MAILBOX_PORT): " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8), Map.of());
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/") || path.equals("/index.html")) {
                sendHtml(exchange, 200, listPage());
                return;
            }
            if (path.equals("/api/messages") || path.equals("/api/messages/")) {
                sendJson(exchange, 200, listJson());
                return;
            }
            Matcher api = API_MESSAGE.matcher(path);
            if (api.matches()) {
                Optional<MailStore.Entry> entry = store.get(api.group(1));
                if (entry.isPresent()) {
                    sendJson(exchange, 200, detailJson(entry.get()));
                } else {
                    sendJson(exchange, 404, JSON.createObjectNode().put("error", "no such message"));
                }
                return;
            }
            Matcher m = MESSAGE.matcher(path);
            Optional<MailStore.Entry> entry = m.matches() ? store.get(m.group(1)) : Optional.empty();
            if (entry.isEmpty()) {
                sendHtml(exchange, 404, page("Not found", "<p>No such page or message. <a href=\"/\">Back to the mailbox</a></p>"));
            } else if (m.group(2) == null) {
                sendHtml(exchange, 200, messagePage(entry.get()));
            } else if (m.group(2).equals("/raw")) {
                send(exchange, 200, "message/rfc822", Files.readAllBytes(entry.get().file()),
                        Map.of("Content-Disposition", "attachment; filename=\"" + entry.get().id() + ".eml\""));
            } else {
                sendAttachment(exchange, entry.get(), Integer.parseInt(m.group(3)));
            }
        } catch (RuntimeException e) {
            Log.warn("mailbox: " + e);
            send(exchange, 500, "text/plain; charset=utf-8", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private void sendAttachment(HttpExchange exchange, MailStore.Entry entry, int index) throws IOException {
        List<ParsedMail.Attachment> attachments = ParsedMail.read(entry.file()).attachments();
        if (index < 0 || index >= attachments.size()) {
            sendHtml(exchange, 404, page("Not found", "<p>No attachment " + index + ".</p>"));
            return;
        }
        ParsedMail.Attachment attachment = attachments.get(index);
        String filename = attachment.filename().replaceAll("[\"\\\\\\r\\n]", "_");
        send(exchange, 200, attachment.contentType(), attachment.content(), Map.of("Content-Disposition",
                "attachment; filename=\"" + filename + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.filename(), StandardCharsets.UTF_8).replace("+", "%20")));
    }

    private String listPage() {
        List<MailStore.Entry> entries = store.list();
        StringBuilder rows = new StringBuilder();
        for (MailStore.Entry e : entries) {
            StringBuilder files = new StringBuilder();
            for (MailStore.AttachmentInfo a : e.attachments()) {
                files.append("<a href=\"").append(attachmentUrl(e, a)).append("\">").append(esc(a.filename())).append("</a> ");
            }
            rows.append("<tr><td class=\"nowrap\">").append(esc(TIME.format(e.receivedAt().atZone(ZoneId.systemDefault()))))
                    .append("</td><td>").append(esc(e.from()))
                    .append("</td><td>").append(esc(String.join(", ", e.to())))
                    .append("</td><td><a href=\"/messages/").append(e.id()).append("\">")
                    .append(esc(e.subject().isBlank() ? "(no subject)" : e.subject())).append("</a>")
                    .append("</td><td>").append(files).append("</td></tr>\n");
        }
        String body = entries.isEmpty()
                ? "<p>No mail yet. Everything the services send to SMTP shows up here.</p>"
                : "<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th><th>Attachments</th></tr></thead><tbody>\n"
                + rows + "</tbody></table>";
        return page("Mailbox (" + entries.size() + ")", body).replace("<head>", "<head><meta http-equiv=\"refresh\" content=\"5\">");
    }

    private String messagePage(MailStore.Entry entry) {
        ParsedMail mail = ParsedMail.read(entry.file());
        StringBuilder body = new StringBuilder("<p><a href=\"/\">&larr; Mailbox</a> &middot; <a href=\"/messages/")
                .append(entry.id()).append("/raw\">Download .eml</a></p>");
        body.append("<table class=\"meta\"><tr><th>From</th><td>").append(esc(mail.from())).append("</td></tr>")
                .append("<tr><th>To</th><td>").append(esc(String.join(", ", entry.to()))).append("</td></tr>")
                .append("<tr><th>Received</th><td>").append(esc(TIME.format(entry.receivedAt().atZone(ZoneId.systemDefault())))).append("</td></tr>")
                .append("</table>");
        if (!entry.attachments().isEmpty()) {
            body.append("<h2>Attachments</h2><ul>");
            for (MailStore.AttachmentInfo a : entry.attachments()) {
                body.append("<li><a href=\"").append(attachmentUrl(entry, a)).append("\">").append(esc(a.filename()))
                        .append("</a> <small>").append(esc(a.contentType())).append(", ").append(a.size()).append(" bytes</small></li>");
            }
            body.append("</ul>");
        }
        if (mail.html() != null) {
            body.append("<h2>HTML</h2><iframe sandbox=\"\" srcdoc=\"").append(esc(mail.html())).append("\"></iframe>");
        }
        if (mail.text() != null) {
            body.append("<h2>Text</h2><pre>").append(esc(mail.text())).append("</pre>");
        }
        body.append("<h2>Headers</h2><table class=\"meta\">");
        for (Map.Entry<String, String> header : mail.headers()) {
            body.append("<tr><th>").append(esc(header.getKey())).append("</th><td>").append(esc(header.getValue())).append("</td></tr>");
        }
        body.append("</table>");
        return page(mail.subject().isBlank() ? "(no subject)" : mail.subject(), body.toString());
    }

    private ArrayNode listJson() {
        ArrayNode list = JSON.createArrayNode();
        for (MailStore.Entry e : store.list()) {
            list.add(summaryJson(e));
        }
        return list;
    }

    private ObjectNode summaryJson(MailStore.Entry e) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", e.id())
                .put("receivedAt", e.receivedAt().toString())
                .put("from", e.from())
                .put("subject", e.subject());
        e.to().forEach(node.putArray("to")::add);
        ArrayNode attachments = node.putArray("attachments");
        for (MailStore.AttachmentInfo a : e.attachments()) {
            attachments.addObject()
                    .put("index", a.index())
                    .put("filename", a.filename())
                    .put("contentType", a.contentType())
                    .put("size", a.size())
                    .put("url", attachmentUrl(e, a));
        }
        node.put("url", "/messages/" + e.id());
        node.put("rawUrl", "/messages/" + e.id() + "/raw");
        return node;
    }

    private ObjectNode detailJson(MailStore.Entry e) {
        ParsedMail mail = ParsedMail.read(e.file());
        ObjectNode node = summaryJson(e);
        node.put("text", mail.text());
        node.put("html", mail.html());
        ArrayNode headers = node.putArray("headers");
        mail.headers().forEach(h -> headers.addObject().put("name", h.getKey()).put("value", h.getValue()));
        return node;
    }

    private static String attachmentUrl(MailStore.Entry e, MailStore.AttachmentInfo a) {
        return "/messages/" + e.id() + "/attachments/" + a.index();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(title) + " · Lead-to-Lease dev mail</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:1.5rem;color:#222}table{border-collapse:collapse;width:100%}"
                + "th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}"
                + "table.meta th{width:12rem;color:#555;font-weight:normal}.nowrap{white-space:nowrap}"
                + "pre{background:#f6f6f6;padding:1rem;white-space:pre-wrap}iframe{width:100%;height:28rem;border:1px solid #ddd}</style>"
                + "</head><body><h1>" + esc(title) + "</h1>" + body + "</body></html>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static void sendJson(HttpExchange exchange, int status, Object json) throws IOException {
        send(exchange, status, "application/json", JSON.writeValueAsBytes(json), Map.of());
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        headers.forEach(exchange.getResponseHeaders()::set);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
