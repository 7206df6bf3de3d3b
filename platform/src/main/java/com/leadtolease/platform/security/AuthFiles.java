package com.leadtolease.platform.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gateway's sign-in files: {@code signing-key.pem} (private, 0600), {@code jwks.json} (the public keys that
 * verify tokens) and {@code accounts.json} (clients and operators with PBKDF2 hashes). {@code main} makes them for a
 * deployment ({@code create <dir>}, printing the generated secrets once) and rotates the key ({@code rotate <dir>}:
 * a new signing key, the old public key kept in the JWK Set so tokens signed before keep working until they expire).
 */
public final class AuthFiles {

    public static final String SIGNING_KEY = "signing-key.pem";
    public static final String JWKS = "jwks.json";
    public static final String ACCOUNTS = "accounts.json";
    /** agent-service's own account: it books tours and searches what was learnt while it answers prospects. */
    public static final String AGENT_CLIENT = "agent-service";
    static final List<String> AGENT_SCOPES = List.of(Scopes.BOOKINGS_READ, Scopes.BOOKINGS_WRITE,
            Scopes.TRAINING_READ);

    /** What was written, with the secrets in clear: shown once, never stored by this class. */
    public record Created(Path dir, String adminClient, String adminSecret, String operator, String operatorPassword,
                          String agentSecret) {
    }

    private AuthFiles() {
    }

    /**
     * A new key pair and an accounts file with one client holding every scope, agent-service's client and one
     * operator (console).
     */
    public static Created create(Path dir, String adminClient, String operator, String operatorName) throws IOException {
        Files.createDirectories(dir);
        KeyPair pair = RsaKeys.generate();
        writePrivate(dir.resolve(SIGNING_KEY), RsaKeys.privateKeyPem(pair.getPrivate()));
        Files.writeString(dir.resolve(JWKS), RsaKeys.jwks(List.of((RSAPublicKey) pair.getPublic())));
        String adminSecret = randomSecret();
        String operatorPassword = randomSecret();
        String agentSecret = randomSecret();
        writePrivate(dir.resolve(ACCOUNTS), """
                {
                  "clients": [
                    {"id": "%s", "secretHash": "%s", "scopes": [%s]},
                    {"id": "%s", "secretHash": "%s", "scopes": [%s]}
                  ],
                  "operators": [
                    {"username": "%s", "name": "%s", "passwordHash": "%s", "scopes": ["console"]}
                  ]
                }
                """.formatted(json(adminClient), PasswordHashes.hash(adminSecret.toCharArray()), quoted(Scopes.ALL),
                AGENT_CLIENT, PasswordHashes.hash(agentSecret.toCharArray()), quoted(AGENT_SCOPES),
                json(operator), json(operatorName), PasswordHashes.hash(operatorPassword.toCharArray())));
        return new Created(dir, adminClient, adminSecret, operator, operatorPassword, agentSecret);
    }

    /** A new signing key; the JWK Set keeps the previous public key beside the new one. */
    public static void rotate(Path dir) throws IOException {
        RSAPublicKey previous = RsaKeys.publicKeyOf(RsaKeys.readPrivateKey(Files.readString(dir.resolve(SIGNING_KEY))));
        KeyPair next = RsaKeys.generate();
        Files.writeString(dir.resolve(JWKS), RsaKeys.jwks(List.of((RSAPublicKey) next.getPublic(), previous)));
        writePrivate(dir.resolve(SIGNING_KEY), RsaKeys.privateKeyPem(next.getPrivate()));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String quoted(Collection<String> scopes) {
        return scopes.stream().sorted().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
    }

    private static String json(String value) {
        if (!value.matches("[A-Za-z0-9 ._()@-]{1,80}")) {
            throw new IllegalArgumentException("Use letters, digits, spaces and ._()@- only: " + value);
        }
        return value;
    }

    private static void writePrivate(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("create")) {
            Created created = create(Path.of(args[1]), args.length > 2 ? args[2] : "admin",
                    args.length > 3 ? args[3] : "operator", args.length > 4 ? args[4] : "Leasing team");
            System.out.printf("Wrote %s, %s and %s in %s%nclient %s secret %s%noperator %s password %s%n"
                            + "client %s secret %s (agent-service's AGENT_CLIENT_SECRET)%n"
                            + "Keep the secrets somewhere safe: only their hashes are stored.%n", SIGNING_KEY, JWKS,
                    ACCOUNTS, created.dir(), created.adminClient(), created.adminSecret(), created.operator(),
                    created.operatorPassword(), AGENT_CLIENT, created.agentSecret());
        } else if (args.length == 2 && args[0].equals("rotate")) {
            rotate(Path.of(args[1]));
            System.out.println("New signing key in " + args[1] + "; the previous public key stays in " + JWKS
                    + " until you remove it (after the longest token lifetime).");
        } else {
            System.err.println("usage: AuthFiles create <dir> [adminClient] [operator] [operatorName] | rotate <dir>");
            System.exit(2);
        }
    }
}
