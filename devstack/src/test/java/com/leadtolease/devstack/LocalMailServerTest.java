package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class LocalMailServerTest {
    private static final String ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:tour-1\r\n"
            + "SUMMARY:Tour\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void receivedMailIsListedDownloadableAndSurvivesARestart() throws Exception {
        Path dir = TestDirs.create("mail");
        int[] ports = FreePorts.allocate(2);
        String id;
        try (LocalMailServer smtp = LocalMailServer.start(dir, ports[0]);
             MailboxPage page = MailboxPage.start(smtp, ports[1])) {
            send(smtp.port(), "Your tour is confirmed", "lead@example.com", "cc@example.com");

            JsonNode messages = getJson(page.port(), "/api/messages");
            assertThat(messages).hasSize(1); // one stored copy though SMTP delivered it to two recipients
            JsonNode message = messages.get(0);
            id = message.get("id").asText();
            assertThat(message.get("subject").asText()).isEqualTo("Your tour is confirmed");
            assertThat(message.get("from").asText()).contains("tours@leadtolease.test");
            assertThat(message.get("to").toString()).contains("lead@example.com").contains("cc@example.com");
            JsonNode attachment = message.get("attachments").get(0);
            assertThat(attachment.get("filename").asText()).isEqualTo("invite.ics");
            assertThat(attachment.get("contentType").asText()).startsWith("text/calendar");

            HttpResponse<byte[]> download = get(page.port(), attachment.get("url").asText());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
            assertThat(new String(download.body(), StandardCharsets.UTF_8)).isEqualTo(ICS);

            String html = new String(get(page.port(), "/").body(), StandardCharsets.UTF_8);
            assertThat(html).contains("Your tour is confirmed").contains("invite.ics").contains("lead@example.com");
            String detail = new String(get(page.port(), "/messages/" + id).body(), StandardCharsets.UTF_8);
            assertThat(detail).contains("See you on Tuesday").contains("&lt;b&gt;Tuesday&lt;/b&gt;").contains("Message-ID");
            String raw = new String(get(page.port(), "/messages/" + id + "/raw").body(), StandardCharsets.UTF_8);
            assertThat(raw).contains("Subject: Your tour is confirmed").contains("METHOD:REQUEST");
            assertThat(dir.resolve(id + ".eml")).exists();
            assertThat(get(page.port(), "/messages/nope").statusCode()).isEqualTo(404);
            assertThat(get(page.port(), "/messages/" + id + "/attachments/7").statusCode()).isEqualTo(404);
        }

        try (LocalMailServer smtp = LocalMailServer.start(dir, ports[0]);
             MailboxPage page = MailboxPage.start(smtp, ports[1])) {
            JsonNode messages = getJson(page.port(), "/api/messages");
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0).get("id").asText()).isEqualTo(id);
            assertThat(messages.get(0).get("attachments").get(0).get("filename").asText()).isEqualTo("invite.ics");

            send(smtp.port(), "Second", "other@example.com");
            JsonNode after = getJson(page.port(), "/api/messages");
            assertThat(after).hasSize(2);
            assertThat(after.get(0).get("subject").asText()).isEqualTo("Second"); // newest first
            assertThat(getJson(page.port(), "/api/messages/" + id).get("text").asText()).contains("See you on Tuesday");
        }
    }

    private static void send(int port, String subject, String... to) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", DevStackConfig.HOST);
        props.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("tours@leadtolease.test", "Lead-to-Lease"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to[0]));
        for (int i = 1; i < to.length; i++) {
            message.addRecipient(Message.RecipientType.CC, new InternetAddress(to[i]));
        }
        message.setSubject(subject);

        MimeBodyPart text = new MimeBodyPart();
        text.setText("See you on Tuesday at 10:00.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>See you on <b>Tuesday</b></p>", "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(alternative);

        MimeBodyPart invite = new MimeBodyPart();
        invite.setDataHandler(new DataHandler(new ByteArrayDataSource(ICS.getBytes(StandardCharsets.UTF_8),
                "text/calendar; charset=UTF-8; method=REQUEST")));
        invite.setFileName("invite.ics");
        invite.setDisposition(MimeBodyPart.ATTACHMENT);

        message.setContent(new MimeMultipart("mixed", bodies, invite));
        Transport.send(message);
    }

    private HttpResponse<byte[]> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(int port, String path) throws Exception {
        HttpResponse<byte[]> response = get(port, path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return json.readTree(response.body());
    }
}
