package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.auth.AccessTokens;
import com.leadtolease.gateway.auth.TokenGrants;
import com.leadtolease.gateway.service.RateLimiter;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-in: OAuth 2 token requests and the public keys that verify the tokens. */
@Path("/api/auth")
@Tag(name = "auth", description = "Access tokens for integrations (client credentials) and staff (password)")
public class AuthResource {

    /** The OAuth 2 token response (RFC 6749 section 5.1). */
    public record TokenResponse(String access_token, String token_type, long expires_in, String scope) {
    }

    private static final int MAX_FIELD = 256;

    private final TokenGrants grants;
    private final AccessTokens tokens;
    private final RateLimiter rateLimiter;

    AuthResource(TokenGrants grants, AccessTokens tokens, RateLimiter rateLimiter) {
        this.grants = grants;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    @POST
    @Path("/token")
    @PermitAll // the credentials are the request itself; rate-limited per client address
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get an access token",
            description = "Form fields: grant_type=client_credentials with client_id and client_secret (integrations), "
                    + "or grant_type=password with username and password (leasing staff); optional scope (space "
                    + "separated, a subset of the account's). 401 for wrong credentials, 403 for a scope the account "
                    + "may not have, 429 past the per-address limit.")
    public Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String clientSecret, @FormParam("username") String username,
                          @FormParam("password") String password, @FormParam("scope") String scope,
                          @Context HttpServerRequest request) {
        rateLimiter.addressTokenRequest(request.remoteAddress().hostAddress());
        AccessTokens.Issued issued = switch (required("grant_type", grantType)) {
            case "client_credentials" -> grants.clientCredentials(required("client_id", clientId),
                    required("client_secret", clientSecret), optional("scope", scope));
            case "password" -> grants.password(required("username", username), required("password", password),
                    optional("scope", scope));
            default -> throw ProblemException.invalidField("grant_type",
                    "must be client_credentials or password");
        };
        long expiresIn = Math.max(0, Duration.between(Instant.now(), issued.expiresAt()).toSeconds());
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new TokenResponse(issued.token(), "Bearer", expiresIn, String.join(" ", issued.scopes())))
                .cacheControl(noStore).build();
    }

    @GET
    @Path("/jwks")
    @PermitAll // public keys, for anyone who verifies our tokens
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The JWK Set of the keys that verify access tokens (two during a key rotation)")
    public String jwks() {
        return tokens.jwks();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
        return optional(field, value);
    }

    private static String optional(String field, String value) {
        if (value != null && value.length() > MAX_FIELD) {
            throw ProblemException.invalidField(field, "must be at most " + MAX_FIELD + " characters");
        }
        return value;
    }
}
