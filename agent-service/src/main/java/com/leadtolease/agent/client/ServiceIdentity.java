package com.leadtolease.agent.client;

import com.leadtolease.agent.config.AgentConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private volatile Held held;

    @Inject
    ServiceIdentity(@RestClient TokenClient tokens, AgentConfig config, Clock clock) {
        this(tokens, config.identity().clientId(), config.identity().clientSecret(), clock);
    }

    ServiceIdentity(TokenClient tokens, String clientId, String clientSecret, Clock clock) {
        this.tokens = tokens;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
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
        TokenClient.TokenResponse issued = tokens.clientCredentials("client_credentials", clientId, clientSecret);
        if (issued == null || issued.access_token() == null || issued.access_token().isBlank()) {
            throw new IllegalStateException("agent-service could not sign in at the gateway as " + clientId
                    + ": check AGENT_CLIENT_SECRET against the gateway's accounts file");
        }
        Duration lifetime = Duration.ofSeconds(Math.max(0, issued.expires_in()));
        held = new Held("Bearer " + issued.access_token(), clock.instant().plus(lifetime.multipliedBy(4).dividedBy(5)));
        return held;
    }
}
