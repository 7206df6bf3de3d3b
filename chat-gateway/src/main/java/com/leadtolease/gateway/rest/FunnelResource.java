package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.client.AgentCalls;
import com.leadtolease.gateway.client.AgentClient;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The leasing team's funnel (scope {@code console}, the whole company): agent-service counts it from lead, tour and
 * action events and checks the operator's token again.
 */
@Path("/api/funnel")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.CONSOLE)
@Tag(name = "operator", description = "For leasing staff signed in with the console scope")
public class FunnelResource {

    @Inject
    AgentCalls calls;

    @Inject
    @RestClient
    AgentClient agent;

    @GET
    @Operation(summary = "Leads by stage, tours booked / rescheduled / completed / cancelled / no-show, applications "
            + "and conversion, in total, per week and per property",
            description = "from and to are dates (yyyy-MM-dd; default the last 12 weeks), at most 53 weeks apart; "
                    + "propertyId narrows it to one property.")
    public Response funnel(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("propertyId") String propertyId) {
        limit("from", from, 10);
        limit("to", to, 10);
        limit("propertyId", propertyId, 100);
        return calls.read(() -> agent.funnel(authorization, from, to, propertyId));
    }

    static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ProblemException.invalidField(field, "must be at most " + max + " characters");
        }
    }
}
