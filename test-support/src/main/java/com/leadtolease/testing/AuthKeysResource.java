package com.leadtolease.testing;

import com.leadtolease.platform.security.PasswordHashes;
import com.leadtolease.platform.security.RsaKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;

/**
 * A fresh RS256 signing key, its JWK Set and an accounts file under {@code target/test-auth}, wired into the
 * gateway's sign-in config and every service's token verification. {@link TestTokens} signs tokens with the same key (or deliberately wrong ones).
 */
public class AuthKeysResource implements QuarkusTestResourceLifecycleManager {

    static final Path DIR = Path.of("target", "test-auth");
    static final String ISSUER = "lead-to-lease-test";

    /** An integration client holding every scope. */
    public static final String CLIENT_ID = "integration";
    public static final String CLIENT_SECRET = "integration-test-secret";
    /** An integration client that may only read bookings. */
    public static final String READER_ID = "reader";
    public static final String READER_SECRET = "reader-test-secret";
    /** A member of the leasing team. */
    public static final String OPERATOR = "maria";
    public static final String OPERATOR_NAME = "Maria Lopez";
    public static final String OPERATOR_PASSWORD = "maria-test-password";

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(DIR);
            KeyPair signing = RsaKeys.generate();
            Files.writeString(DIR.resolve("signing-key.pem"), RsaKeys.privateKeyPem(signing.getPrivate()));
            Files.writeString(DIR.resolve("jwks.json"), RsaKeys.jwks(List.of((RSAPublicKey) signing.getPublic())));
            Files.writeString(DIR.resolve("accounts.json"), """
                    {"clients": [
                      {"id": "%s", "secretHash": "%s", "scopes": ["leads:read", "leads:write", "agent:converse",
                        "bookings:read", "bookings:write", "training:read", "training:write", "console", "admin"]},
                      {"id": "%s", "secretHash": "%s", "scopes": ["bookings:read"]}],
                     "operators": [
                      {"username": "%s", "name": "%s", "passwordHash": "%s", "scopes": ["console"]}]}
                    """.formatted(CLIENT_ID, hash(CLIENT_SECRET), READER_ID, hash(READER_SECRET), OPERATOR,
                    OPERATOR_NAME, hash(OPERATOR_PASSWORD)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "gateway.auth.issuer", ISSUER,
                "gateway.auth.signing-key-file", DIR.resolve("signing-key.pem").toAbsolutePath().toString(),
                "gateway.auth.jwks-file", DIR.resolve("jwks.json").toAbsolutePath().toString(),
                "gateway.auth.accounts-file", DIR.resolve("accounts.json").toAbsolutePath().toString(),
                "mp.jwt.verify.publickey.location", DIR.resolve("jwks.json").toAbsolutePath().toUri().toString(),
                "mp.jwt.verify.issuer", ISSUER);
    }

    /** Few iterations: the hash format and check are the production ones, only cheaper. */
    private static String hash(String secret) {
        return PasswordHashes.hash(secret.toCharArray(), 1_000);
    }

    @Override
    public void stop() {
    }
}
