package com.leadtolease.platform.config;

import com.leadtolease.platform.security.SecretRules;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start a service whose secrets (the config properties listed in {@code platform.secret-properties}) are
 * missing, placeholders or shorter than 32 bytes, except in dev and test, which run on throw-away secrets.
 */
@ApplicationScoped
public class SecretsAtStartup {

    static final String PROPERTY = "platform.secret-properties";

    void check(@Observes StartupEvent startup, Config config) {
        check(config, LaunchMode.current());
    }

    static void check(Config config, LaunchMode mode) {
        if (mode.isDevOrTest()) {
            return;
        }
        List<String> properties = config.getOptionalValues(PROPERTY, String.class).orElse(List.of());
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String property : properties) {
            Optional<String> value = config.getOptionalValue(property, String.class);
            secrets.put(property, value.orElse(null));
        }
        SecretRules.requireStrong(secrets);
    }
}
