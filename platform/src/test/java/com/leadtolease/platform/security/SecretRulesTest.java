package com.leadtolease.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRulesTest {

    @Test
    void placeholdersShortAndMissingSecretsAreWeak() {
        assertThat(SecretRules.weakness("replace-me")).get().asString().contains("placeholder");
        assertThat(SecretRules.weakness("change-me-to-a-long-random-string-of-forty")).get().asString()
                .contains("placeholder");
        assertThat(SecretRules.weakness("0123456789abcdef")).get().asString().contains("16 bytes");
        assertThat(SecretRules.weakness("")).contains("is not set");
        assertThat(SecretRules.weakness(null)).contains("is not set");
        assertThat(SecretRules.weakness("9f2c4e1a7b3d5f60".repeat(4))).isEmpty();
    }

    @Test
    void startUpIsRefusedNamingEveryWeakSecretButNoValue() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("PII_HASH_SECRET", "replace-me");
        secrets.put("CHAT_TOKEN_SECRET", "short");
        secrets.put("ZAPIER_WEBHOOK_SECRET", "9f2c4e1a7b3d5f60".repeat(4));

        assertThatThrownBy(() -> SecretRules.requireStrong(secrets))
                .hasMessageContaining("CHAT_TOKEN_SECRET is 5 bytes long")
                .hasMessageContaining("PII_HASH_SECRET is a placeholder")
                .hasMessageNotContaining("ZAPIER_WEBHOOK_SECRET")
                .hasMessageNotContaining("short");
    }
}
