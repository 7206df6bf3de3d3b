package com.leadtolease.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

    @Test
    void onlyTheRightSecretMatchesAndEachHashIsSalted() {
        String stored = PasswordHashes.hash("correct horse".toCharArray(), 1_000);

        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("correct horse");
        assertThat(PasswordHashes.matches("correct horse".toCharArray(), stored)).isTrue();
        assertThat(PasswordHashes.matches("correct horsE".toCharArray(), stored)).isFalse();
        assertThat(PasswordHashes.hash("correct horse".toCharArray(), 1_000)).isNotEqualTo(stored);
    }

    @Test
    void aMalformedOrMissingHashNeverMatches() {
        assertThat(PasswordHashes.matches("x".toCharArray(), null)).isFalse();
        assertThat(PasswordHashes.matches("x".toCharArray(), "x")).isFalse();
        assertThat(PasswordHashes.matches("x".toCharArray(), "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(PasswordHashes.matches("x".toCharArray(), "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
    }

    @Test
    void theDefaultUsesTheFullIterationCount() {
        assertThat(PasswordHashes.hash("s".toCharArray())).startsWith("pbkdf2-sha256$" + PasswordHashes.ITERATIONS + "$");
    }
}
