package com.leadtolease.gateway.auth;

import com.leadtolease.platform.rest.SecurityProblemMappers;
import com.leadtolease.contracts.problem.ProblemException;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The bearer token of a request, verified like {@code @RolesAllowed} routes verify it (same keys, same issuer), for
 * the routes whose rule is more than one scope: a chat session or a tour's own token, or a scope.
 */
@ApplicationScoped
public class Callers {

    private final JWTParser parser;

    Callers(JWTParser parser) {
        this.parser = parser;
    }

    /** The verified token, empty when the request has none; 401 when it has one that does not verify. */
    public Optional<JsonWebToken> bearer(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            return Optional.empty();
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.length() > 8192) {
            throw ProblemException.unauthorized("The Authorization header must be \"Bearer <token>\".");
        }
        try {
            return Optional.of(parser.parse(authorization.substring(7).trim()));
        } catch (ParseException e) {
            throw ProblemException.unauthorized(SecurityProblemMappers.BAD_TOKEN);
        }
    }

    /** The token of a caller that must hold {@code scope}: 401 without a valid token, 403 without the scope. */
    public JsonWebToken require(String authorization, String scope) {
        return withScope(bearer(authorization).orElseThrow(() -> ProblemException.unauthorized(SecurityProblemMappers.NEEDS_TOKEN)), scope);
    }

    /** True when the request carries a valid token with {@code scope}; 401 for a token that does not verify. */
    public boolean holds(String authorization, String scope) {
        return bearer(authorization).map(token -> token.getGroups().contains(scope)).orElse(false);
    }

    /**
     * Lets the owner in (the prospect holding a chat session's or a tour's own token) or a signed-in caller with
     * {@code scope}: 401 for a refused owner token or no credentials, 403 for a valid token without the scope.
     *
     * @param ownerToken the owner token sent, or null
     * @param refusal    why an owner token does not open this resource, empty when it does
     * @param header     the header that carries the owner token, named in the answer
     * @return the caller's bearer token when it was the scope that let them in, empty for the owner
     */
    public Optional<JsonWebToken> requireOwnerOrScope(String authorization, String scope, String ownerToken,
                                                      Function<String, Optional<String>> refusal, String header) {
        if (ownerToken != null && !ownerToken.isBlank()) {
            Optional<String> why = refusal.apply(ownerToken);
            if (why.isPresent()) {
                throw ProblemException.unauthorized("The " + header + " token was refused: " + why.get() + ".");
            }
            return Optional.empty();
        }
        return Optional.of(withScope(bearer(authorization).orElseThrow(() -> ProblemException.unauthorized(
                "Send this conversation's or tour's own token in " + header + ", or sign in with a token "
                        + "holding " + scope + ".")), scope));
    }

    private static JsonWebToken withScope(JsonWebToken token, String scope) {
        if (!token.getGroups().contains(scope)) {
            throw ProblemException.forbidden("This token lacks the scope " + scope + ".");
        }
        return token;
    }
}
