package com.leadtolease.agent.domain;

import com.leadtolease.platform.outbox.OutboxEvent;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One answered prospect message: its reply and the events it causes (chat.outbound, agent.actions), inserted in one
 * write. The id is the inbound message id, so a redelivered message finds its turn and is not answered again; the
 * events stay in {@code outbox} until the relay has published them. {@code reply} keeps the chat.outbound event
 * after that, so a message sent again (a browser re-sending after a reconnect) gets the same event once more. A staff
 * member's reply is a turn of its own, answering no message (id {@code operator-<event id>}, or derived from the
 * reply's idempotency key).
 */
@MongoEntity(collection = "turns")
public class Turn {
    @BsonId
    public String id;
    public String sessionId;
    public long sequence;
    public Instant createdAt;
    public OutboxEvent reply;
    public List<OutboxEvent> outbox = new ArrayList<>();

    /** A turn whose outbox starts with its chat.outbound event. */
    public static Turn answering(String id, String sessionId, long sequence, Instant createdAt, OutboxEvent reply) {
        Turn turn = new Turn();
        turn.id = id;
        turn.sessionId = sessionId;
        turn.sequence = sequence;
        turn.createdAt = createdAt;
        turn.reply = reply;
        turn.outbox.add(reply);
        return turn;
    }
}
