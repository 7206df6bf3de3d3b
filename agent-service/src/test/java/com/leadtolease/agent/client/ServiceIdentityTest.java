package com.leadtolease.agent.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceIdentityTest {

    private final List<String> asked = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-04T10:00:00Z");

    private ServiceIdentity identity(String answer) {
        TokenClient gateway = (grant, id, secret) -> {
            asked.add(grant + " " + id + " " + secret);
            return new TokenClient.TokenResponse(answer == null ? null : answer + asked.size(), 900);
        };
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new ServiceIdentity(gateway, "agent-service", "s3cret", clock);
    }

    @Test
    void oneTokenServesUntilFourFifthsOfItsLifeThenANewOneIsAskedFor() {
        ServiceIdentity identity = identity("token-");

        assertThat(identity.authorization()).isEqualTo("Bearer token-1");
        now = now.plus(Duration.ofSeconds(719));
        assertThat(identity.authorization()).isEqualTo("Bearer token-1");
        now = now.plus(Duration.ofSeconds(1));
        assertThat(identity.authorization()).isEqualTo("Bearer token-2");

        assertThat(asked).containsExactly("client_credentials agent-service s3cret",
                "client_credentials agent-service s3cret");
    }

    @Test
    void anAnswerWithoutATokenIsAFailureNotABearerOfNothing() {
        ServiceIdentity identity = identity(null);

        assertThatThrownBy(identity::authorization).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AGENT_CLIENT_SECRET");
    }
}
