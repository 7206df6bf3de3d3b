package com.leadtolease.gateway.auth;

import com.leadtolease.gateway.config.AuthConfig;
import com.leadtolease.platform.security.RsaKeys;
import io.smallrye.jwt.build.Jwt;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Signs RS256 access tokens: {@code groups} and {@code scope} carry the scopes, {@code kid} names the key. */
@Startup // a missing or broken key or accounts file stops the start, not the first sign-in
@ApplicationScoped
public class AccessTokens {

    public record Issued(String token, Instant expiresAt, Set<String> scopes) {
    }

    private final RSAPrivateCrtKey signingKey;
    private final String keyId;
    private final String issuer;
    private final String jwks;

    AccessTokens(AuthConfig config) {
        try {
            this.signingKey = RsaKeys.readPrivateKey(Files.readString(config.signingKeyFile()));
            this.keyId = RsaKeys.keyId(RsaKeys.publicKeyOf(signingKey));
            this.jwks = Files.readString(config.jwksFile());
            if (!jwks.contains("\"" + keyId + "\"")) {
                throw new IllegalStateException("The JWK Set " + config.jwksFile() + " (AUTH_JWKS_FILE) lacks the "
                        + "public half of the signing key " + keyId + ": nothing signed with it would verify");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token keys (AUTH_SIGNING_KEY_FILE, AUTH_JWKS_FILE)", e);
        }
        this.issuer = config.issuer();
    }

    /** The JWK Set that verifies the tokens (read once, with the check that it holds the signing key). */
    public String jwks() {
        return jwks;
    }

    /**
     * @param subject {@code client:<id>} or {@code operator:<username>}
     * @param name    who the holder is, as people read it (the operator's name; the client id)
     */
    public Issued issue(String subject, String name, Set<String> scopes, Duration ttl) {
        Instant now = Instant.now();
        Instant expiresAt = now.plus(ttl);
        Set<String> sorted = new TreeSet<>(scopes);
        String token = Jwt.issuer(issuer).subject(subject).upn(subject).claim("name", name)
                .groups(sorted).claim("scope", String.join(" ", sorted)).claim("jti", UUID.randomUUID().toString())
                .issuedAt(now).expiresAt(expiresAt)
                .jws().keyId(keyId).sign(signingKey);
        return new Issued(token, expiresAt, sorted);
    }
}
