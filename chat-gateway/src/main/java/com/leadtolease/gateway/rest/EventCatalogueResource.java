package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.service.EventCatalogue;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published event catalogue: what travels on each Kafka topic, for analytics teams and integrators. */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events", description = "Event catalogue: the AsyncAPI document and JSON Schemas of every Kafka topic")
@PermitAll // documents the public event contracts, holds no data; read-only and the same for everyone
public class EventCatalogueResource {
    private static final CacheControl ONE_HOUR = CacheControl.valueOf("public, max-age=3600");

    @Inject
    EventCatalogue catalogue;

    @Context
    Request request;

    @GET
    @Path("/asyncapi")
    @Operation(summary = "AsyncAPI 3.0 document of every topic",
            description = "Payload $refs are relative: schemas/<file> is served at /api/events/schemas/<file>.")
    public Response asyncApi() {
        return cached(catalogue.asyncApi());
    }

    @GET
    @Path("/schemas/{file}")
    @Operation(summary = "JSON Schema of an event payload", description = "Only the files the AsyncAPI document names.")
    public Response schema(@PathParam("file") @Size(max = 100) String file) {
        return cached(catalogue.schema(file)
                .orElseThrow(() -> ProblemException.notFound("No event schema of that name.")));
    }

    private Response cached(EventCatalogue.Document document) {
        EntityTag etag = new EntityTag(document.etag());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder response = notModified != null ? notModified
                : Response.ok(document.content(), MediaType.APPLICATION_JSON_TYPE);
        return response.tag(etag).cacheControl(ONE_HOUR).build();
    }
}
