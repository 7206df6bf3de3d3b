package com.leadtolease.contracts.chat;

import com.leadtolease.contracts.problem.Problem;

import java.util.List;

/**
 * Payload of {@code chat.outbound} type {@code CHAT_TURN_FAILED} (key = session id): the agent could not answer a
 * {@code chat.inbound} message and says why, so the gateway can answer its caller with a problem instead of waiting.
 *
 * @param inReplyTo the message id that failed
 * @param status    the HTTP-style status of the problem: 400 bad input, 404 unknown session, 409 conflict, 410 expired
 * @param title     short problem title
 * @param detail    what the prospect or integrator can do about it
 * @param errors    the fields at fault on a 400 (absent in events written before it existed: empty)
 */
public record ChatTurnFailedData(String sessionId, String inReplyTo, int status, String title, String detail,
                                 List<Problem.FieldError> errors) {

    public ChatTurnFailedData {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The problem the caller gets back. */
    public Problem problem() {
        return Problem.of(status, title, detail).withErrors(errors);
    }
}
