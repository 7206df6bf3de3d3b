package com.leadtolease.text.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KeyedHasherTest {

    @Test
    void matchesTheReferenceHmacSha256Vector() {
        assertThat(new KeyedHasher("key").hash("The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void differentSecretsGiveDifferentHashes() {
        assertThat(new KeyedHasher("one").hash("7135550100")).isNotEqualTo(new KeyedHasher("two").hash("7135550100"));
    }

    @Test
    void rejectsABlankSecret() {
        assertThatThrownBy(() -> new KeyedHasher(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyedHasher(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
