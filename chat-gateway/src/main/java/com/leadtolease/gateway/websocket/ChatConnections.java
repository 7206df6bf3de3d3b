package com.leadtolease.gateway.websocket;

import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.gateway.config.ChatConfig;
import com.leadtolease.gateway.repository.ReplyLog;
import com.leadtolease.gateway.service.ChatFrames;
import com.leadtolease.gateway.service.LiveSessions;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The chat sessions connected to this instance: their open WebSockets (a prospect may have several tabs), the
 * messages still waiting for an answer (typing is on while there is one) and delivery of the reply log.
 * Each connection is sent the stored replies after the last seq it has, in order, so a reply pushed while the same
 * connection is resuming is neither lost nor sent twice.
 */
@ApplicationScoped
public class ChatConnections implements LiveSessions {

    private static final Logger LOG = Logger.getLogger(ChatConnections.class);

    private final Map<String, SessionChannel> channels = new ConcurrentHashMap<>();
    private final ReplyLog replyLog;
    private final ChatFrames frames;
    private final ChatConfig config;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "chat-turn-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    ChatConnections(ReplyLog replyLog, ChatFrames frames, ChatConfig config) {
        this.replyLog = replyLog;
        this.frames = frames;
        this.config = config;
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** One browser connection and the last reply seq it has; -1 until it said where it is (resume). */
    static final class Client {
        final WebSocketConnection socket;
        final String sessionId;
        long lastSeq = -1;

        Client(WebSocketConnection socket, String sessionId) {
            this.socket = socket;
            this.sessionId = sessionId;
        }
    }

    private static final class SessionChannel {
        final Set<Client> clients = new CopyOnWriteArraySet<>();
        final Map<String, ScheduledFuture<?>> outstanding = new HashMap<>();
        boolean typing;
    }

    Client open(String sessionId, WebSocketConnection socket) {
        Client client = new Client(socket, sessionId);
        channels.compute(sessionId, (id, channel) -> {
            SessionChannel joined = channel == null ? new SessionChannel() : channel;
            joined.clients.add(client);
            return joined;
        });
        return client;
    }

    void close(Client client) {
        channels.computeIfPresent(client.sessionId, (id, channel) -> {
            channel.clients.remove(client);
            return idle(channel) ? null : channel;
        });
    }

    /** The client has every reply up to {@code lastSeq}: send it the rest, and typing if a message is pending. */
    void resume(Client client, long lastSeq) {
        synchronized (client) {
            client.lastSeq = Math.max(0, lastSeq);
            catchUp(client);
        }
        SessionChannel channel = channels.get(client.sessionId);
        if (channel == null) {
            return;
        }
        synchronized (channel) {
            if (channel.typing) {
                send(client, frames.typing(true));
            }
        }
    }

    /** A client that sends before resuming is taken to have every stored reply. */
    void assumeResumed(Client client) {
        synchronized (client) {
            if (client.lastSeq < 0) {
                client.lastSeq = replyLog.lastSeq(client.sessionId);
            }
        }
    }

    void send(Client client, String frame) {
        synchronized (client) {
            if (client.socket.isOpen()) {
                try {
                    client.socket.sendTextAndAwait(frame);
                } catch (RuntimeException e) {
                    LOG.debugf("Chat frame not sent to a closing connection of %s: %s", client.sessionId, e);
                }
            }
        }
    }

    /** A message is about to be published: it is outstanding from now on, and times out after the turn timeout. */
    void expect(String sessionId, String messageId) {
        channels.compute(sessionId, (id, channel) -> {
            SessionChannel expecting = channel == null ? new SessionChannel() : channel;
            synchronized (expecting) {
                expecting.outstanding.computeIfAbsent(messageId, key -> timer.schedule(
                        () -> timedOut(sessionId, key), config.turnTimeout().toMillis(), TimeUnit.MILLISECONDS));
            }
            return expecting;
        });
    }

    /** The message is on Kafka (its ack was sent): typing on, unless it was answered already. */
    void accepted(String sessionId, String messageId) {
        SessionChannel channel = channels.get(sessionId);
        if (channel == null) {
            return;
        }
        synchronized (channel) {
            if (channel.outstanding.containsKey(messageId) && !channel.typing) {
                channel.typing = true;
                broadcast(channel, frames.typing(true));
            }
        }
    }

    /** Publishing failed: the message is not outstanding. */
    void dropped(String sessionId, String messageId) {
        settle(sessionId, messageId);
    }

    /**
     * A reply was stored in the log: every connection of the session gets what it misses, then typing off if done. A
     * connection that has everything before it just gets this reply; only one with a gap reads the log.
     */
    @Override
    public void replyStored(String sessionId, String inReplyTo, ReplyLog.StoredReply stored) {
        SessionChannel channel = channels.get(sessionId);
        if (channel == null) {
            return;
        }
        for (Client client : channel.clients) {
            synchronized (client) {
                if (client.lastSeq < 0 || stored.seq() <= client.lastSeq) {
                    continue;
                }
                if (stored.seq() == client.lastSeq + 1) {
                    send(client, stored.frame());
                    client.lastSeq = stored.seq();
                } else {
                    catchUp(client);
                }
            }
        }
        settle(sessionId, inReplyTo);
    }

    @Override
    public void turnFailed(ChatTurnFailedData failure) {
        SessionChannel channel = channels.get(failure.sessionId());
        if (channel == null) {
            return;
        }
        broadcast(channel, frames.turnFailed(failure));
        settle(failure.sessionId(), failure.inReplyTo());
    }

    private void timedOut(String sessionId, String messageId) {
        SessionChannel channel = channels.get(sessionId);
        if (channel == null) {
            return;
        }
        synchronized (channel) {
            if (channel.outstanding.remove(messageId) == null) {
                return;
            }
            broadcast(channel, frames.error(504, "Agent timeout", "The leasing agent did not answer within "
                    + config.turnTimeout().toSeconds() + " s; your message was kept and will be answered here.",
                    null, messageId));
            typingOffWhenDone(channel);
        }
        forgetIfIdle(sessionId);
    }

    private void settle(String sessionId, String messageId) {
        SessionChannel channel = channels.get(sessionId);
        if (channel == null || messageId == null) {
            return;
        }
        synchronized (channel) {
            ScheduledFuture<?> timeout = channel.outstanding.remove(messageId);
            if (timeout != null) {
                timeout.cancel(false);
                typingOffWhenDone(channel);
            }
        }
        forgetIfIdle(sessionId);
    }

    private void forgetIfIdle(String sessionId) {
        channels.computeIfPresent(sessionId, (id, channel) -> idle(channel) ? null : channel);
    }

    private static boolean idle(SessionChannel channel) {
        synchronized (channel) {
            return channel.clients.isEmpty() && channel.outstanding.isEmpty();
        }
    }

    private void typingOffWhenDone(SessionChannel channel) {
        if (channel.outstanding.isEmpty() && channel.typing) {
            channel.typing = false;
            broadcast(channel, frames.typing(false));
        }
    }

    private void catchUp(Client client) {
        for (ReplyLog.StoredReply reply : replyLog.after(client.sessionId, client.lastSeq)) {
            send(client, reply.frame());
            client.lastSeq = reply.seq();
        }
    }

    private void broadcast(SessionChannel channel, String frame) {
        channel.clients.forEach(client -> send(client, frame));
    }
}
