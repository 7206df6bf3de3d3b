package com.leadtolease.testing;

import com.leadtolease.platform.security.RsaKeys;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.Set;

/**
 * Access tokens for tests, signed with {@link AuthKeysResource}'s key, and the ways a token goes wrong: expired,
 * signed by another key under the same key id, issued by someone else.
 */
public final class TestTokens {

    private static final KeyPair STRANGER = RsaKeys.generate();

    private TestTokens() {
    }

    /** "Bearer ..." for a client holding these scopes. */
    public static String bearer(String... scopes) {
        return "Bearer " + sign(AuthKeysResource.ISSUER, Instant.now().plusSeconds(600), signingKey(), scopes);
    }

    /** "Bearer ..." for the integration {@code client:<id>} holding these scopes. */
    public static String client(String id, String... scopes) {
        return "Bearer " + Jwt.issuer(AuthKeysResource.ISSUER).subject("client:" + id).upn("client:" + id)
                .claim("name", id).groups(Set.of(scopes)).expiresAt(Instant.now().plusSeconds(600)).jws()
                .keyId(keyId()).sign(signingKey());
    }

    /** "Bearer ..." for a member of the leasing team (scope console) signed in under this name. */
    public static String operator(String name) {
        return "Bearer " + Jwt.issuer(AuthKeysResource.ISSUER).subject("operator:" + name.toLowerCase())
                .upn("operator:" + name.toLowerCase()).claim("name", name).groups(Set.of("console"))
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId(keyId()).sign(signingKey());
    }

    public static String expired(String... scopes) {
        return "Bearer " + sign(AuthKeysResource.ISSUER, Instant.now().minusSeconds(600), signingKey(), scopes);
    }

    /** Signed by a key the gateway never saw, but claiming the real key's id. */
    public static String wrongSignature(String... scopes) {
        return "Bearer " + Jwt.issuer(AuthKeysResource.ISSUER).subject("client:intruder").groups(Set.of(scopes))
                .expiresAt(Instant.now().plusSeconds(600)).jws().keyId(keyId())
                .sign(STRANGER.getPrivate());
    }

    public static String wrongIssuer(String... scopes) {
        return "Bearer " + sign("someone-else", Instant.now().plusSeconds(600), signingKey(), scopes);
    }

    private static String sign(String issuer, Instant expiresAt, RSAPrivateCrtKey key, String... scopes) {
        return Jwt.issuer(issuer).subject("client:test").upn("client:test").claim("name", "test client")
                .groups(Set.of(scopes)).issuedAt(expiresAt.minusSeconds(900)).expiresAt(expiresAt)
                .jws().keyId(RsaKeys.keyId(RsaKeys.publicKeyOf(key))).sign(key);
    }

    private static String keyId() {
        return RsaKeys.keyId(RsaKeys.publicKeyOf(signingKey()));
    }

    private static RSAPrivateCrtKey signingKey() {
        try {
            return RsaKeys.readPrivateKey(Files.readString(AuthKeysResource.DIR.resolve("signing-key.pem")));
        } catch (IOException e) {
            throw new UncheckedIOException("AuthKeysResource has not started", e);
        }
    }
}
