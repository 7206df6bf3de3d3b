package com.leadtolease.contracts.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown anywhere in a request to answer with a problem-details body. Plain Java beside {@link Problem}, not in
 * platform: {@link com.leadtolease.contracts.chat.ChatActions} throws it for the shared action rules.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad request", detail));
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(Problem.of(400, "Invalid input", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    /** No credentials, or credentials that are invalid or expired. */
    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of(401, "Unauthorized", detail));
    }

    /** Valid credentials that do not allow this. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }

    public static ProblemException conflict(String detail, Map<String, Object> extensions) {
        return new ProblemException(Problem.of(409, "Conflict", detail).withExtensions(extensions));
    }

    /** For endpoints of the public API that are designed but not built yet: says so instead of pretending. */
    public static ProblemException notImplemented(String detail) {
        return new ProblemException(Problem.of(501, "Not implemented yet", detail));
    }
}
