package com.leadtolease.booking.rest;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.leadtolease.contracts.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * quarkus-rest-jackson ships its own mapper for this exact exception type, which beats the shared mapper for its
 * supertype and answers plain JSON; this one routes it back to the shared problem-details answer.
 */
@Provider
public class MismatchedJsonMapper implements ExceptionMapper<MismatchedInputException> {

    private final ProblemMappers.JsonMapper shared = new ProblemMappers.JsonMapper();

    @Override
    public Response toResponse(MismatchedInputException e) {
        return shared.toResponse(e);
    }
}
