package com.leadtolease.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure of a request into problem details, so no service answers with an empty or HTML error. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private ProblemMappers() {
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    @Provider
    public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return respond(e.problem());
        }
    }

    @Provider
    public static class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = errors.stream().map(err -> err.field() + " " + err.message())
                    .collect(Collectors.joining("; "));
            return respond(Problem.of(400, "Invalid input", detail).withErrors(errors));
        }

        /** "book.request.lead.email" → "lead.email": drop the method and parameter segments. */
        private static String fieldName(ConstraintViolation<?> violation) {
            String path = violation.getPropertyPath().toString();
            String[] parts = path.split("\\.");
            return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
        }
    }

    @Provider
    public static class JsonMapper implements ExceptionMapper<JsonProcessingException> {
        @Override
        public Response toResponse(JsonProcessingException e) {
            if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
                String field = mapping.getPath().stream()
                        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[");
                String message = "has the wrong type or format";
                return respond(Problem.of(400, "Invalid input", field + " " + message)
                        .withErrors(List.of(new Problem.FieldError(field, message))));
            }
            return respond(Problem.of(400, "Malformed JSON",
                    "The request body is not valid JSON: " + e.getOriginalMessage()));
        }
    }

    /**
     * quarkus-rest-jackson ships a mapper for exactly this type, which would beat {@link JsonMapper} (registered
     * for the supertype) and answer plain JSON; a mapper for the same type routes it back to problem details.
     */
    @Provider
    public static class MismatchedJsonMapper implements ExceptionMapper<MismatchedInputException> {
        private final JsonMapper json = new JsonMapper();

        @Override
        public Response toResponse(MismatchedInputException e) {
            return json.toResponse(e);
        }
    }

    @Provider
    public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String title = e.getResponse().getStatusInfo().getReasonPhrase();
            return respond(Problem.of(status, title, e.getMessage()));
        }
    }

    @Provider
    public static class UnexpectedMapper implements ExceptionMapper<RuntimeException> {
        @Override
        public Response toResponse(RuntimeException e) {
            LOG.error("Unexpected failure", e);
            return respond(Problem.of(500, "Internal error",
                    "Something went wrong on our side; the request was not completed. Try again, and if it keeps failing contact support."));
        }
    }
}
