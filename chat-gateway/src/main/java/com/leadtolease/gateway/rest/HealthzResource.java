package com.leadtolease.gateway.rest;

import com.leadtolease.gateway.health.ServiceHealth;
import com.leadtolease.gateway.health.ServiceHealthProbe;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
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
    public record Healthz(String status, List<ServiceState> services) {
    }

    /** What the public sees of one service: no internal address, no error text (those are in the gateway's log). */
    public record ServiceState(String name, String status, long latencyMs) {
    }

    private static final Logger LOG = Logger.getLogger(HealthzResource.class);

    @Inject
    ServiceHealthProbe probe;

    @GET
    @PermitAll // for load balancers and status pages; says UP or DOWN per service and nothing about the inside
    @Operation(summary = "State of every service behind the gateway")
    public Response healthz() {
        List<ServiceHealth> services = probe.probeAll();
        boolean allUp = services.stream().allMatch(ServiceHealth::up);
        boolean noneUp = services.stream().noneMatch(ServiceHealth::up);
        String status = allUp ? "UP" : noneUp ? "DOWN" : "DEGRADED";
        services.stream().filter(service -> !service.up()).forEach(service ->
                LOG.warnf("healthz: %s at %s is %s (%s)", service.name(), service.url(), service.status(), service.detail()));
        List<ServiceState> states = services.stream()
                .map(service -> new ServiceState(service.name(), service.status(), service.latencyMs())).toList();
        return Response.status(allUp ? 200 : 503).entity(new Healthz(status, states)).build();
    }
}
