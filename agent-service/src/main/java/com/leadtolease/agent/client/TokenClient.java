package com.leadtolease.agent.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The gateway's OAuth 2 token endpoint, for the agent's own access token. */
@RegisterRestClient(configKey = "identity")
@Path("/api/auth/token")
public interface TokenClient {

    /** The fields of the token response the agent reads (RFC 6749 section 5.1). */
    record TokenResponse(String access_token, long expires_in) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    TokenResponse clientCredentials(@FormParam("grant_type") String grantType,
                                    @FormParam("client_id") String clientId,
                                    @FormParam("client_secret") String clientSecret);
}
