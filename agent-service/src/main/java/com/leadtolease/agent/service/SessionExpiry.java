package com.leadtolease.agent.service;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.repository.MongoChatMemoryStore;
import com.leadtolease.agent.repository.SessionRepository;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Closes conversations inactive for longer than {@code agent.session.expiry} (default 7 days). Our own job, not a TTL
 * index: the Mongo-wire store has none, and a closed session stays readable for review and audit. Its LLM chat
 * memory is deleted with it.
 */
@ApplicationScoped
public class SessionExpiry {

    private static final Logger LOG = Logger.getLogger(SessionExpiry.class);
    private static final int BATCH = 500;

    private final SessionRepository sessions;
    private final MongoChatMemoryStore chatMemory;
    private final Duration expiry;
    private final Clock clock;

    SessionExpiry(SessionRepository sessions, MongoChatMemoryStore chatMemory, AgentConfig config, Clock clock) {
        this.sessions = sessions;
        this.chatMemory = chatMemory;
        this.expiry = config.session().expiry();
        this.clock = clock;
    }

    @Scheduled(every = "${agent.session.cleanup-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        closeExpired(clock.instant());
    }

    /** Closes every open session whose last activity is older than the expiry, as seen at {@code now}. */
    public int closeExpired(Instant now) {
        Instant cutoff = now.minus(expiry);
        int closed = 0;
        while (true) {
            var batch = sessions.findOpenInactiveSince(cutoff, BATCH);
            int before = closed;
            for (ConversationSession session : batch) {
                if (sessions.closeIfInactive(session.id, cutoff, now, "inactive for more than " + expiry)) {
                    chatMemory.deleteMessages(session.id);
                    closed++;
                }
            }
            if (batch.size() < BATCH || closed == before) {
                break;
            }
        }
        if (closed > 0) {
            LOG.infof("Closed %d conversations inactive since before %s", closed, cutoff);
        }
        return closed;
    }
}
