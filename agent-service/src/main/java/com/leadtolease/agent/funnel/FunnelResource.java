package com.leadtolease.agent.funnel;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** The leasing team's funnel (scope {@code console}): staff see the whole company (one tenant per deployment). */
@Path("/api/funnel")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "funnel")
public class FunnelResource {

    static final int DEFAULT_WEEKS = 12;

    private final FunnelQuery query;
    private final int maxWeeks;
    private final Clock clock = Clock.systemUTC();

    FunnelResource(FunnelQuery query, AgentConfig config) {
        this.query = query;
        this.maxWeeks = config.funnel().maxWeeks();
    }

    @GET
    @RolesAllowed(Scopes.CONSOLE)
    @Operation(summary = "Leads by current stage, tours booked / rescheduled / completed / cancelled / no-show, "
            + "applications and conversion, in total, per ISO week (named by its Monday, UTC) and per property",
            description = "from and to are dates (yyyy-MM-dd, default: the last 12 weeks up to today); the range "
                    + "covers whole weeks and at most agent.funnel.max-weeks (53). Leads count in the week they were "
                    + "first seen, tours in the week they were booked, applications in the week they were made.")
    public FunnelReport funnel(@QueryParam("from") @Size(max = 10) String from,
                               @QueryParam("to") @Size(max = 10) String to,
                               @QueryParam("propertyId") @Size(max = 100) String propertyId) {
        LocalDate end = date("to", to, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        LocalDate start = date("from", from, end.minusWeeks(DEFAULT_WEEKS - 1));
        if (start.isAfter(end)) {
            throw ProblemException.invalidField("from", "must not be after to");
        }
        long weeks = ChronoUnit.WEEKS.between(LocalDate.parse(FunnelWeeks.of(start)), LocalDate.parse(FunnelWeeks.of(end)))
                + 1;
        if (weeks > maxWeeks) {
            throw ProblemException.invalidField("from", "the range may cover at most " + maxWeeks + " weeks");
        }
        return query.report(start, end, propertyId == null || propertyId.isBlank() ? null : propertyId.strip());
    }

    private static LocalDate date(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date such as 2026-05-01");
        }
    }
}
