package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.text.stage.Stage;

/** A session's stage moves forward with the conversation; only a cancelled tour moves it back. */
public final class Stages {

    private Stages() {
    }

    public static void reach(ConversationSession session, Stage stage) {
        Stage current = session.stage == null ? Stage.QUALIFYING : Stage.fromWireName(session.stage);
        if (stage.compareTo(current) > 0) {
            session.stage = stage.wireName();
        }
    }

    public static void set(ConversationSession session, Stage stage) {
        session.stage = stage.wireName();
    }
}
