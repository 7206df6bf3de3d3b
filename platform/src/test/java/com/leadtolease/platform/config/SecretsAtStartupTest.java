package com.leadtolease.platform.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class SecretsAtStartupTest {

    private static Config config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(properties, "test", 100)).build();
    }

    private final Config placeholder = config(Map.of(SecretsAtStartup.PROPERTY, "app.token-secret,app.hash-secret",
            "app.token-secret", "replace-me", "app.hash-secret", "9f2c4e1a7b3d5f60".repeat(4)));

    @Test
    void aPlaceholderSecretStopsAProductionStart() {
        assertThatThrownBy(() -> SecretsAtStartup.check(placeholder, LaunchMode.NORMAL))
                .hasMessageContaining("app.token-secret is a placeholder")
                .hasMessageNotContaining("app.hash-secret");
    }

    @Test
    void aMissingSecretStopsItToo() {
        Config missing = config(Map.of(SecretsAtStartup.PROPERTY, "app.token-secret"));

        assertThatThrownBy(() -> SecretsAtStartup.check(missing, LaunchMode.NORMAL))
                .hasMessageContaining("app.token-secret is not set");
    }

    @Test
    void devAndTestRunOnThrowAwaySecrets() {
        assertThatCode(() -> SecretsAtStartup.check(placeholder, LaunchMode.TEST)).doesNotThrowAnyException();
        assertThatCode(() -> SecretsAtStartup.check(placeholder, LaunchMode.DEVELOPMENT)).doesNotThrowAnyException();
    }
}
