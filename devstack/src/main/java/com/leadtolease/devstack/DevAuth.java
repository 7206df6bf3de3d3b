package com.leadtolease.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.platform.security.AuthFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The local stack's sign-in, made once per data dir (gitignored) with {@link AuthFiles}: one admin client (every
 * scope), agent-service's own client and one operator account, their secrets kept in clear in {@code dev-credentials.json} so a developer can
 * ask for tokens. A deployment makes its own files and keeps no secret in clear.
 */
public final class DevAuth {

    public static final String ADMIN_CLIENT = "dev-admin";
    static final String OPERATOR = "maria";
    static final String OPERATOR_NAME = "Maria";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the gateway finds the files, and the dev secrets. */
    public record SignIn(Path dir, String adminSecret, String operatorPassword, String agentSecret) {
        Path signingKey() {
            return dir.resolve(AuthFiles.SIGNING_KEY);
        }

        Path jwks() {
            return dir.resolve(AuthFiles.JWKS);
        }

        Path accounts() {
            return dir.resolve(AuthFiles.ACCOUNTS);
        }

        Path credentials() {
            return dir.resolve("dev-credentials.json");
        }
    }

    private DevAuth() {
    }

    static SignIn ensure(Path dataDir) {
        Path dir = dataDir.resolve("auth");
        Path credentials = dir.resolve("dev-credentials.json");
        try {
            if (!Files.isRegularFile(credentials) || !Files.isRegularFile(dir.resolve(AuthFiles.SIGNING_KEY))
                    || !JSON.readTree(credentials.toFile()).has("agentClientSecret")) {
                AuthFiles.Created created = AuthFiles.create(dir, ADMIN_CLIENT, OPERATOR, OPERATOR_NAME);
                Files.writeString(credentials, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                        JSON.createObjectNode().put("clientId", ADMIN_CLIENT).put("clientSecret", created.adminSecret())
                                .put("username", OPERATOR).put("password", created.operatorPassword())
                                .put("agentClientSecret", created.agentSecret())));
                try {
                    Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
            }
            JsonNode secrets = JSON.readTree(credentials.toFile());
            return new SignIn(dir, secrets.path("clientSecret").asText(), secrets.path("password").asText(),
                    secrets.path("agentClientSecret").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the local sign-in files in " + dir, e);
        }
    }
}
