package com.leadtolease.agent.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The last turn of a conversation, written in the same document write as the state it produced: its turn record
 * (reply and events) and its transcript lines. Right after that write they are copied to {@code turns} (where the
 * relay finds the events) and {@code messages}; if the service dies in between, the message comes again and is
 * finished from here instead of being answered a second time.
 */
public class CommittedTurn {
    public Turn turn;
    public List<StoredMessage> messages = new ArrayList<>();

    public static CommittedTurn of(Turn turn, List<StoredMessage> messages) {
        CommittedTurn committed = new CommittedTurn();
        committed.turn = turn;
        committed.messages = new ArrayList<>(messages);
        return committed;
    }

    public boolean answers(String messageId) {
        return turn != null && turn.id.equals(messageId);
    }
}
