package com.leadtolease.platform.rest;

import com.leadtolease.contracts.problem.Problem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@code @RolesAllowed} refusals, in every service, as problem details that say what to send. */
public final class SecurityProblemMappers {

    public static final String NEEDS_TOKEN = "Sign in first: send Authorization: Bearer <token> from "
            + "POST /api/auth/token.";
    public static final String BAD_TOKEN = "The bearer token is invalid, expired or not ours; get a new one from "
            + "POST /api/auth/token.";

    private SecurityProblemMappers() {
    }

    public static Response unauthorized(String detail) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(Problem.of(401, "Unauthorized", detail)).build();
    }

    @Provider
    public static class NoTokenMapper implements ExceptionMapper<UnauthorizedException> {
        @Override
        public Response toResponse(UnauthorizedException e) {
            return unauthorized(NEEDS_TOKEN);
        }
    }

    @Provider
    public static class BadTokenMapper implements ExceptionMapper<AuthenticationFailedException> {
        @Override
        public Response toResponse(AuthenticationFailedException e) {
            return unauthorized(BAD_TOKEN);
        }
    }

    @Provider
    public static class MissingScopeMapper implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Response.status(403).type(Problem.MEDIA_TYPE).entity(Problem.of(403, "Forbidden",
                    "This token does not hold the scope this route needs; see the route's description in "
                            + "/q/openapi.")).build();
        }
    }
}
