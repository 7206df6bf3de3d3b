package com.leadtolease.contracts.chat;

/**
 * Payload of {@code chat.outbound} type {@code CHAT_TURN_FAILED} (key = session id): the agent could not answer a
 * {@code chat.inbound} message and says why, so the gateway can answer its caller with a problem instead of waiting.
 *
 * @param inReplyTo the message id that failed
 * @param status    the HTTP-style status of the problem: 400 bad input, 404 unknown session, 409 conflict, 410 expired
 * @param title     short problem title
 * @param detail    what the prospect or integrator can do about it
 */
public record ChatTurnFailedData(String sessionId, String inReplyTo, int status, String title, String detail) {
}
