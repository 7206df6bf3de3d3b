package com.leadtolease.platform.security;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The RS256 keys of the suite's tokens: PEM (PKCS#8) private keys, their public halves as JWKs, and key ids that are
 * the RFC 7638 thumbprint of the public key, so a key id never needs configuring and two keys never share one.
 */
public final class RsaKeys {

    public static final int MIN_BITS = 2048;
    /** The PEM label of a PKCS#8 private key. */
    private static final String PEM_LABEL = "PRIVATE KEY";
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private RsaKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MIN_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }

    public static String privateKeyPem(java.security.PrivateKey key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded());
        return "-----BEGIN " + PEM_LABEL + "-----\n" + body + "\n-----END " + PEM_LABEL + "-----\n";
    }

    /** Reads a PKCS#8 PEM RSA private key ({@code openssl genpkey -algorithm RSA}); refuses keys under 2048 bits. */
    public static RSAPrivateCrtKey readPrivateKey(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) " + PEM_LABEL + "-----", "").replaceAll("\\s", "");
        try {
            var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(body)));
            if (!(key instanceof RSAPrivateCrtKey crt)) {
                throw new IllegalArgumentException("not an RSA private key with its public exponent");
            }
            if (crt.getModulus().bitLength() < MIN_BITS) {
                throw new IllegalArgumentException("RSA key of " + crt.getModulus().bitLength()
                        + " bits; at least " + MIN_BITS + " are needed");
            }
            return crt;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a PKCS#8 PEM RSA private key: " + e.getMessage(), e);
        }
    }

    public static RSAPublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }

    /** RFC 7638: base64url(SHA-256 of the JWK's required members in lexical order, no white space). */
    public static String keyId(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + b64(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + b64(key.getModulus()) + "\"}";
        try {
            return B64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    public static String jwk(RSAPublicKey key) {
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId(key) + "\",\"n\":\""
                + b64(key.getModulus()) + "\",\"e\":\"" + b64(key.getPublicExponent()) + "\"}";
    }

    /** A JWK Set of these public keys: during a rotation the old and the new one are both accepted. */
    public static String jwks(List<RSAPublicKey> keys) {
        return keys.stream().map(RsaKeys::jwk).collect(Collectors.joining(",", "{\"keys\":[", "]}"));
    }

    /** Unsigned big-endian bytes, base64url, as JWK wants them. */
    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return B64URL.encodeToString(bytes);
    }
}
