package com.leadtolease.text.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmVaultTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));

    private final AesGcmVault vault = new AesGcmVault(KEY);

    @Test
    void decryptsWhatItEncrypted() {
        assertThat(vault.decrypt(vault.encrypt("ana.lopez@example.com · 713-555-0100")))
                .isEqualTo("ana.lopez@example.com · 713-555-0100");
    }

    @Test
    void tokenIsIvPlusCiphertextPlusTagWithAFreshIvEachTime() {
        String first = vault.encrypt("7135550100");
        String second = vault.encrypt("7135550100");

        assertThat(Base64.getDecoder().decode(first)).hasSize(12 + 10 + 16);
        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(Base64.getDecoder().decode(first), 12))
                .isNotEqualTo(Arrays.copyOf(Base64.getDecoder().decode(second), 12));
    }

    @Test
    void rejectsATamperedToken() {
        byte[] sealed = Base64.getDecoder().decode(vault.encrypt("secret"));
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.decrypt(Base64.getEncoder().encodeToString(sealed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The vault token was altered or sealed under another key");
    }

    @Test
    void rejectsATokenSealedUnderAnotherKey() {
        String token = new AesGcmVault(OTHER_KEY).encrypt("secret");

        assertThatThrownBy(() -> vault.decrypt(token)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsMalformedTokens() {
        assertThatThrownBy(() -> vault.decrypt("not base64!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The vault token is not valid base64");
        assertThatThrownBy(() -> vault.decrypt("AAAA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The vault token is too short to hold an IV and a tag");
    }

    @Test
    void requiresA256BitKey() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new AesGcmVault(shortKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The vault key must be 256 bits (32 bytes), got 16 bytes");
        assertThatThrownBy(() -> new AesGcmVault("%%%")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The vault key is not valid base64");
    }
}
