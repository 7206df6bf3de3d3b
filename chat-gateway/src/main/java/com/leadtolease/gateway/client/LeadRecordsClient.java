package com.leadtolease.gateway.client;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * agent-service's CRM read API, export and erasure. Who may call: {@code LeadRecordsResource} checks the scope
 * first ({@code Scopes.LEADS_READ} to read, {@code Scopes.LEADS_READ_PII} to export, {@code Scopes.LEADS_ERASE} to
 * erase; ownership: integration clients and staff see every lead of the company, prospects' chat tokens never reach
 * it) and passes the caller's own token on, never the gateway's: agent-service checks the same scopes again and
 * decides from them whether contact details and message text are shown.
 */
@RegisterRestClient(configKey = "agent")
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
public interface LeadRecordsClient {

    @GET
    Response list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("stage") String stage,
                  @QueryParam("updatedSince") String updatedSince, @QueryParam("cursor") String cursor,
                  @QueryParam("limit") String limit);

    @GET
    @Path("/{id}")
    Response lead(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id);

    @GET
    @Path("/{id}/conversation")
    Response conversation(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id);

    @GET
    @Path("/{id}/data")
    Response export(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id);

    @DELETE
    @Path("/{id}/data")
    Response erase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id);
}
