package com.leadtolease.gateway.service;

import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.gateway.repository.ChatSessionRepository;
import com.leadtolease.gateway.repository.ReplyLog;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Deletes the gateway's copy of web-chat sessions without a reply for longer than {@code gateway.chat.retention}:
 * the session and its reply log. A session opened for an invited lead is kept at least until its
 * {@code keepUntil} ({@code gateway.webhooks.conversation-retention}). They exist only to resume a connection, which the
 * session's token stops allowing long before; the conversation itself stays in agent-service for review and audit.
 * Our own job, not a TTL index, which the embedded dev store lacks.
 */
@Startup
@ApplicationScoped
public class ChatRetention {

    private static final Logger LOG = Logger.getLogger(ChatRetention.class);
    private static final int BATCH = 500;

    private final ChatSessionRepository sessions;
    private final ReplyLog replies;
    private final Duration retention;

    ChatRetention(ChatSessionRepository sessions, ReplyLog replies, ChatConfig config) {
        this.sessions = sessions;
        this.replies = replies;
        this.retention = config.retention();
        if (retention.compareTo(config.tokenTtl()) < 0) {
            throw new IllegalStateException("gateway.chat.retention (" + retention + ") must be at least "
                    + "gateway.chat.token-ttl (" + config.tokenTtl() + "): a session must stay resumable while its "
                    + "token is valid");
        }
    }

    @Scheduled(every = "${gateway.chat.retention-check-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purgeInactive(Instant.now());
    }

    /** @return how many sessions were deleted; the session documents go last, so an interrupted run is finished by the next */
    public int purgeInactive(Instant now) {
        Instant cutoff = now.minus(retention);
        int deleted = 0;
        List<String> batch;
        do {
            batch = sessions.inactiveSince(cutoff, now, BATCH);
            if (batch.isEmpty()) {
                break;
            }
            replies.deleteSessions(batch);
            sessions.delete(batch);
            deleted += batch.size();
        } while (batch.size() == BATCH);
        if (deleted > 0) {
            LOG.infof("Deleted %d web-chat sessions without a reply since %s (retention %s)", deleted, cutoff, retention);
        }
        return deleted;
    }
}
