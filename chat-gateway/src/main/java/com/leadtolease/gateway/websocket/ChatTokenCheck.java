package com.leadtolease.gateway.websocket;

import com.leadtolease.gateway.service.ChatTokens;
import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quarkus.websockets.next.UserData;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Opens {@code /ws/chat/{sessionId}} only with a valid, unexpired token of that session ({@code ?token=}); anything
 * else is refused before the upgrade with 401. Keeps the client address for the per-address rate limit.
 */
@ApplicationScoped
public class ChatTokenCheck implements HttpUpgradeCheck {

    static final UserData.TypedKey<String> CLIENT_ADDRESS = UserData.TypedKey.forString("clientAddress");
    private static final Logger LOG = Logger.getLogger(ChatTokenCheck.class);

    private final ChatTokens tokens;

    ChatTokenCheck(ChatTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return ChatSocket.ENDPOINT_ID.equals(endpointId);
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        String sessionId = context.pathParam("sessionId");
        return tokens.refusal(context.httpRequest().getParam("token"), sessionId)
                .map(reason -> {
                    LOG.debugf("Chat WebSocket of session %s refused: %s", sessionId, reason);
                    return CheckResult.rejectUpgrade(401, Map.of("X-Chat-Refused", List.of(reason)));
                })
                .orElseGet(() -> {
                    context.userData().put(CLIENT_ADDRESS, context.httpRequest().remoteAddress().hostAddress());
                    return CheckResult.permitUpgrade();
                });
    }
}
