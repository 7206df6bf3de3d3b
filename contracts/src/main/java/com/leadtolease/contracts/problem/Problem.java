package com.leadtolease.contracts.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}).
 * {@code detail} is written for the person who has to act on it; {@code errors} names each bad field;
 * {@code extensions} are problem-specific members written at the top level of the JSON (RFC 9457 §3.2),
 * such as {@code nextFreeSlots} on a 409.
 * <p>
 * A wire contract, so it lives here: clients parse it (agent-service reads booking-service's problems, the gateway
 * forwards them) and {@link com.leadtolease.contracts.chat.ChatTurnFailedData} carries its field errors on Kafka.
 * The JAX-RS mappers that write it are edge plumbing and live in platform ({@code com.leadtolease.platform.rest}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, extensions);
    }

    public Problem withExtensions(Map<String, Object> extra) {
        return new Problem(type, title, status, detail, instance, errors, extra);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, extensions);
    }
}
