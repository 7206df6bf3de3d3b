package com.leadtolease.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Dev-only secrets, generated once per data dir (which is gitignored) and reused on every start. */
final class DevSecrets {
    private DevSecrets() {
    }

    static String zapierWebhookSecret(Path dataDir) {
        return readOrCreate(dataDir.resolve("zapier-webhook-secret"));
    }

    static String piiHashSecret(Path dataDir) {
        return readOrCreate(dataDir.resolve("pii-hash-secret"));
    }

    static String tourLinkSecret(Path dataDir) {
        return readOrCreate(dataDir.resolve("tour-link-secret"));
    }

    static String chatTokenSecret(Path dataDir) {
        return readOrCreate(dataDir.resolve("chat-token-secret"));
    }

    /** Shared by chat-gateway (redeems invites) and notification-service (signs them into lead emails). */
    static String chatInviteSecret(Path dataDir) {
        return readOrCreate(dataDir.resolve("chat-invite-secret"));
    }

    /** What a developer signs a test Zapier webhook with (docs/integrations.md). */
    static Path webhookZapierSecretFile(Path dataDir) {
        return dataDir.resolve("webhook-zapier-secret");
    }

    static String webhookZapierSecret(Path dataDir) {
        return readOrCreate(webhookZapierSecretFile(dataDir));
    }

    static Path webhookCrmSecretFile(Path dataDir) {
        return dataDir.resolve("webhook-crm-secret");
    }

    static String webhookCrmSecret(Path dataDir) {
        return readOrCreate(webhookCrmSecretFile(dataDir));
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String existing = Files.readString(file, StandardCharsets.UTF_8).trim();
                if (!existing.isEmpty()) {
                    return existing;
                }
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String secret = "dev-" + HexFormat.of().formatHex(bytes);
            Files.createDirectories(file.getParent());
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
