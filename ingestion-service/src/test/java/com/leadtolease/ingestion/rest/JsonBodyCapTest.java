package com.leadtolease.ingestion.rest;

import static com.leadtolease.ingestion.support.IngestApi.awaitJob;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.ingestion.support.StoredDocuments;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTTP body limit is sized for CSV uploads (2 GB), so the JSON ingest route has its own cap
 * ({@code ingestion.max-json-body}, 1 MB by default): over it, declared or streamed, it answers 413 and stores nothing.
 */
@QuarkusTest
class JsonBodyCapTest {

    private static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)\r\n");

    @TestHTTPResource("/api/training/ingest")
    URI endpoint;

    /** A request that would be ingested (one thread of one message), padded with whitespace to {@code bytes}. */
    private static String ingestibleBody(String source, int bytes) {
        String json = """
                {"source":"%s","threads":[{"messages":[{"role":"lead","text":"Any studio in Midtown? (%s)",\
                "timestamp":"2026-03-01 10:00"}]}]}""".formatted(source, source);
        return json + " ".repeat(bytes - json.length());
    }

    /** Sent without a Content-Length: the body is streamed chunked. */
    private HttpResponse<String> postChunked(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .header("Authorization", TestTokens.bearer(Scopes.TRAINING_WRITE))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Declares a body of {@code declaredLength} bytes, sends none of it and waits: an answer arrives only if the
     * service refuses on the header alone. Returns the whole answer (status line, headers, body), read by its
     * Content-Length, since the connection stays open for the body that never comes.
     */
    private String postHeadOnly(int declaredLength) throws Exception {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: " + endpoint.getAuthority()
                    + "\r\nContent-Type: application/json\r\nAuthorization: "
                    + TestTokens.bearer(Scopes.TRAINING_WRITE) + "\r\nContent-Length: " + declaredLength + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder answer = new StringBuilder();
            while (!isComplete(answer)) {
                int next = in.read();
                if (next < 0) {
                    throw new EOFException("Connection closed after: " + answer);
                }
                answer.append((char) next);
            }
            return answer.toString();
        }
    }

    private static boolean isComplete(CharSequence answer) {
        int headEnd = answer.toString().indexOf("\r\n\r\n");
        Matcher length = CONTENT_LENGTH.matcher(answer);
        return headEnd >= 0 && length.find()
                && answer.length() >= headEnd + 4 + Integer.parseInt(length.group(1));
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedWith413BeforeTheBodyIsReadAndStoresNothing() throws Exception {
        StoredDocuments before = StoredDocuments.settled();

        String answer = postHeadOnly(MAX_BYTES + 1);

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("ingestion.max-json-body").contains("ingest-csv");
        assertThat(StoredDocuments.now().changesSince(before)).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheCapIsRefusedWith413AndStoresNothing() throws Exception {
        StoredDocuments before = StoredDocuments.settled();

        HttpResponse<String> response = postChunked(ingestibleBody("cap-chunked", MAX_BYTES + 64 * 1024));

        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(new JsonPath(response.body()).getString("detail")).contains("ingestion.max-json-body");
        assertThat(StoredDocuments.now().changesSince(before)).isEmpty();
        assertThat(threads("cap-chunked").getInt("total")).isZero();
    }

    @Test
    void aChunkedBodyOfExactlyTheCapIsIngested() throws Exception {
        HttpResponse<String> response = postChunked(ingestibleBody("cap-at-limit", MAX_BYTES));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(awaitJob(new JsonPath(response.body()).getString("id")).getString("status"))
                .isEqualTo("succeeded");
        assertThat(threads("cap-at-limit").getInt("total")).isEqualTo(1);
    }
}
