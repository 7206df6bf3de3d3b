package com.leadtolease.gateway.service;

import com.leadtolease.contracts.chat.ChatTurnFailedData;
import com.leadtolease.gateway.repository.ReplyLog;

/** The sessions connected to this instance (the WebSocket edge), told about each answer as it arrives. */
public interface LiveSessions {

    void replyStored(String sessionId, String inReplyTo, ReplyLog.StoredReply stored);

    void turnFailed(ChatTurnFailedData failure);
}
