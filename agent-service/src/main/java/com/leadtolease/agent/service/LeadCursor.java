package com.leadtolease.agent.service;

import com.leadtolease.contracts.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The opaque position in the CRM lead list: the (updatedAt, id) of the last lead of a page. Clients pass it back
 * unchanged; it is not signed because it only says where to continue, never what may be seen.
 */
public record LeadCursor(Instant updatedAt, String id) {

    private static final int MAX_LENGTH = 200;

    public String encode() {
        String plain = updatedAt.toEpochMilli() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ProblemException 400 naming {@code cursor} when it is not one this API gave out */
    public static LeadCursor decode(String cursor) {
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            if (bar <= 0 || bar == plain.length() - 1) {
                throw new IllegalArgumentException("no position");
            }
            return new LeadCursor(Instant.ofEpochMilli(Long.parseLong(plain.substring(0, bar))),
                    plain.substring(bar + 1));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("cursor", "is not a cursor this API returned (pass nextCursor as is)");
        }
    }
}
