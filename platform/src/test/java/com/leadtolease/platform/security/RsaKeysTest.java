package com.leadtolease.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class RsaKeysTest {

    @Test
    void aPemRoundTripKeepsTheKeyAndItsPublicHalf() {
        KeyPair pair = RsaKeys.generate();

        RSAPrivateCrtKey read = RsaKeys.readPrivateKey(RsaKeys.privateKeyPem(pair.getPrivate()));

        assertThat(read.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
        assertThat(RsaKeys.publicKeyOf(read).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    }

    @Test
    void theKeyIdIsTheRfc7638Thumbprint() throws Exception {
        // RFC 7638 section 3.1's example key and thumbprint.
        String n = "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRX"
                + "jBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAt"
                + "aSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPk"
                + "sINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
        RSAPublicKey key = (RSAPublicKey) java.security.KeyFactory.getInstance("RSA").generatePublic(
                new java.security.spec.RSAPublicKeySpec(new java.math.BigInteger(1,
                        java.util.Base64.getUrlDecoder().decode(n)), java.math.BigInteger.valueOf(65537)));

        assertThat(RsaKeys.keyId(key)).isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
        assertThat(RsaKeys.jwks(List.of(key))).startsWith("{\"keys\":[{\"kty\":\"RSA\"")
                .contains("\"kid\":\"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs\"", "\"e\":\"AQAB\"", "\"n\":\"" + n + "\"");
    }

    @Test
    void aShortKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String pem = RsaKeys.privateKeyPem(generator.generateKeyPair().getPrivate());

        assertThatThrownBy(() -> RsaKeys.readPrivateKey(pem)).hasMessageContaining("at least 2048");
    }
}
