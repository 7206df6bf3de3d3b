package com.leadtolease.gateway.auth;

import com.leadtolease.gateway.config.AuthConfig;
import com.leadtolease.platform.security.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * The gateway's own token for booking-service, used when it acts for a prospect who has no token of ours (a booking
 * from the public page, a tour opened with its X-Tour-Token). Signed here, reused until four fifths of its life.
 */
@ApplicationScoped
public class GatewayIdentity {

    static final String SUBJECT = "service:chat-gateway";

    private record Held(String authorization, Instant renewAt) {
    }

    private final AccessTokens tokens;
    private final Duration ttl;
    private volatile Held held;

    GatewayIdentity(AccessTokens tokens, AuthConfig config) {
        this.tokens = tokens;
        this.ttl = config.clientTokenTtl();
    }

    /** "Bearer ..." holding bookings:read and bookings:write. */
    public String authorization() {
        Held current = held;
        if (current == null || !Instant.now().isBefore(current.renewAt())) {
            AccessTokens.Issued issued = tokens.issue(SUBJECT, "chat-gateway",
                    Set.of(Scopes.BOOKINGS_READ, Scopes.BOOKINGS_WRITE), ttl);
            current = new Held("Bearer " + issued.token(), Instant.now().plus(ttl.multipliedBy(4).dividedBy(5)));
            held = current;
        }
        return current.authorization();
    }
}
