package com.leadtolease.agent.client;

import com.leadtolease.agent.config.AgentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The agent's own access token (subject {@code client:agent-service}), for the services it calls while answering a
 * prospect: no prospect carries a token the agent could pass on. Fetched with client credentials and reused until
 * four fifths of its lifetime have passed.
 */
@ApplicationScoped
public class ServiceIdentity {

    private record Held(String authorization, Instant renewAt) {
    }

    private final TokenClient tokens;
    private final AgentConfig.Identity identity;
    private final Clock clock;
    private volatile Held held;

    ServiceIdentity(@RestClient TokenClient tokens, AgentConfig config, Clock clock) {
        this.tokens = tokens;
        this.identity = config.identity();
        this.clock = clock;
    }

    /** "Bearer ..." for the Authorization header. */
    public String authorization() {
        Held current = held;
        if (current == null || !clock.instant().isBefore(current.renewAt())) {
            current = renew();
        }
        return current.authorization();
    }

    private synchronized Held renew() {
        Held current = held;
        if (current != null && clock.instant().isBefore(current.renewAt())) {
            return current;
        }
        TokenClient.TokenResponse issued = tokens.clientCredentials("client_credentials", identity.clientId(),
                identity.clientSecret());
        Duration lifetime = Duration.ofSeconds(Math.max(0, issued.expires_in()));
        held = new Held("Bearer " + issued.access_token(), clock.instant().plus(lifetime.multipliedBy(4).dividedBy(5)));
        return held;
    }
}
