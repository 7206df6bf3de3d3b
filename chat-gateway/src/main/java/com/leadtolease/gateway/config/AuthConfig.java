package com.leadtolease.gateway.config;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.time.Duration;

/** Sign-in: the key that signs access tokens, the keys that verify them, and who may ask for one. */
@ConfigMapping(prefix = "gateway.auth")
public interface AuthConfig {

    /** The {@code iss} of every token issued here; services accept no other issuer. */
    String issuer();

    /** PKCS#8 PEM RSA key (2048 bits or more) that signs access tokens (AUTH_SIGNING_KEY_FILE). */
    Path signingKeyFile();

    /**
     * The JWK Set that verifies tokens (AUTH_JWKS_FILE, also {@code mp.jwt.verify.publickey.location}): the signing
     * key's public half and, during a rotation, the previous one. Served at {@code /api/auth/jwks}.
     */
    Path jwksFile();

    /** Integration clients and operator accounts, secrets stored as PBKDF2 hashes (AUTH_ACCOUNTS_FILE). */
    Path accountsFile();

    /** Lifetime of a client-credentials token. */
    Duration clientTokenTtl();

    /** Lifetime of an operator's token: one shift, then sign in again. */
    Duration operatorTokenTtl();

    /** Token requests one client address may make per minute (each costs a deliberate slow hash). */
    int tokenRequestsPerMinute();
}
