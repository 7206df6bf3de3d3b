package com.leadtolease.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.contracts.problem.ProblemException;

/** The gateway forwards bodies untouched, but never forwards one that is not even a JSON object. */
final class JsonBodies {

    private JsonBodies() {
    }

    static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("The request body must be a JSON object.");
        }
    }
}
