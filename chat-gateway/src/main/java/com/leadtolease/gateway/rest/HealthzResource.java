package com.leadtolease.gateway.rest;

import com.leadtolease.gateway.health.ServiceHealth;
import com.leadtolease.gateway.health.ServiceHealthProbe;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/healthz")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "health")
public class HealthzResource {

    /** UP: every service ready. DEGRADED: some are not. 503 unless all are UP, so load balancers can use it. */
    public record Healthz(String status, List<ServiceHealth> services) {
    }

    @Inject
    ServiceHealthProbe probe;

    @GET
    @Operation(summary = "State of every service behind the gateway")
    public Response healthz() {
        List<ServiceHealth> services = probe.probeAll();
        boolean allUp = services.stream().allMatch(ServiceHealth::up);
        boolean noneUp = services.stream().noneMatch(ServiceHealth::up);
        String status = allUp ? "UP" : noneUp ? "DOWN" : "DEGRADED";
        return Response.status(allUp ? 200 : 503).entity(new Healthz(status, services)).build();
    }
}
