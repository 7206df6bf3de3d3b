package com.leadtolease.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leadtolease.platform.security.AuthFiles;
import com.leadtolease.platform.security.RsaKeys;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * During a key rotation the JWK Set holds the new and the previous key: a token signed before the rotation still
 * verifies (with the same verifier configuration every service uses), one signed by a key never published does not.
 */
class KeyRotationTest {

    private static final String ISSUER = "rotation-test";

    @Test
    void aTokenSignedWithThePreviousKeyStillVerifiesAfterARotation() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "tmp", "rotation-" + System.nanoTime()));
        AuthFiles.create(dir, "crm", "maria", "Maria");
        String before = sign(signingKey(dir));

        AuthFiles.rotate(dir);
        String after = sign(signingKey(dir));
        String stranger = sign((RSAPrivateCrtKey) RsaKeys.generate().getPrivate());

        DefaultJWTParser verifier = new DefaultJWTParser(new JWTAuthContextInfo(
                dir.resolve(AuthFiles.JWKS).toAbsolutePath().toUri().toString(), ISSUER));
        assertThat(verifier.parse(before).getGroups()).containsExactly("bookings:read");
        assertThat(verifier.parse(after).getGroups()).containsExactly("bookings:read");
        assertThatThrownBy(() -> verifier.parse(stranger)).isInstanceOf(ParseException.class);
    }

    private static RSAPrivateCrtKey signingKey(Path dir) throws Exception {
        return RsaKeys.readPrivateKey(Files.readString(dir.resolve(AuthFiles.SIGNING_KEY)));
    }

    private static String sign(RSAPrivateCrtKey key) {
        return Jwt.issuer(ISSUER).subject("client:crm").groups(Set.of("bookings:read"))
                .expiresAt(Instant.now().plusSeconds(300)).jws().keyId(RsaKeys.keyId(RsaKeys.publicKeyOf(key)))
                .sign(key);
    }
}
