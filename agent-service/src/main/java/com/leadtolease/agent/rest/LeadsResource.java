package com.leadtolease.agent.rest;

import com.leadtolease.platform.security.Scopes;
import jakarta.annotation.security.RolesAllowed;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.LeadThread;
import com.leadtolease.agent.service.InquiryParser;
import com.leadtolease.agent.service.LeadInput;
import com.leadtolease.agent.service.LeadService;
import com.leadtolease.agent.service.LeadStages;
import com.leadtolease.agent.service.LeadUpsert;
import com.leadtolease.agent.service.PhoneNumbers;
import com.leadtolease.agent.service.ThreadService;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The lead API: stages, upsert, threads, and free-text inquiry parsing. */
@Path("/api/leads")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "leads")
public class LeadsResource {

    private final LeadService leads;
    private final ThreadService threads;
    private final InquiryParser parser;
    private final Clock clock;
    private final ZoneId zone;

    LeadsResource(LeadService leads, ThreadService threads, InquiryParser parser, Clock clock, AgentConfig config) {
        this.leads = leads;
        this.threads = threads;
        this.parser = parser;
        this.clock = clock;
        this.zone = ZoneId.of(config.timeZone());
    }

    @GET
    @Path("/stages")
    @RolesAllowed(Scopes.LEADS_READ)
    @Operation(summary = "The eight lead stages in order, each with a one-line description")
    public List<LeadStages.StageInfo> stages() {
        return LeadStages.all();
    }

    @POST
    @Path("/leads")
    @RolesAllowed(Scopes.LEADS_WRITE)
    @Operation(summary = "Upsert a lead, deduplicated by email or phone; 201 when created, 200 when updated")
    public Response upsertLead(@NotNull @Valid LeadRequest request) {
        if (blank(request.email()) && blank(request.phone()) && blank(request.leadId())) {
            throw ProblemException.invalidField("email", "give an email or a phone (leads are deduplicated on them)");
        }
        if (!blank(request.phone()) && !PhoneNumbers.plausible(request.phone())) {
            throw ProblemException.invalidField("phone", "must be a US phone number such as 713-555-0100");
        }
        if (request.moveDate() != null && request.moveDate().isBefore(LocalDate.now(clock.withZone(zone)))) {
            throw ProblemException.invalidField("moveDate", "must not be in the past");
        }
        LeadUpsert upsert = leads.upsert(new LeadInput(blankToNull(request.leadId()), blankToNull(request.name()),
                blankToNull(request.email()), blankToNull(request.phone()), request.budget(), request.moveDate(),
                request.bedrooms(), request.pets(), request.areas(), request.preferences(), request.stage(),
                request.consentToContact(), blankToNull(request.sessionId()), "api"), true);
        if (upsert.lead().erased()) {
            throw new ProblemException(Problem.of(410, "Erased", "The data of lead " + upsert.lead().id
                    + " was erased"));
        }
        return Response.status(upsert.created() ? 201 : 200).entity(LeadView.of(upsert.lead())).build();
    }

    @POST
    @Path("/threads")
    @RolesAllowed(Scopes.LEADS_WRITE)
    @Operation(summary = "Create a conversation thread record for a lead, optionally with its messages")
    public Response createThread(@NotNull @Valid ThreadRequest request) {
        List<ThreadService.ThreadMessage> messages = request.messages() == null ? List.of()
                : request.messages().stream().map(m -> new ThreadService.ThreadMessage(m.role(), m.text(),
                m.timestamp())).toList();
        LeadThread thread = threads.create(request.leadId().trim(), request.channel() == null ? "web"
                : request.channel(), messages);
        return Response.status(201).entity(Map.of("threadId", thread.id, "leadId", thread.leadId, "channel",
                thread.channel, "messageCount", thread.messageCount, "stage", thread.stage)).build();
    }

    @POST
    @Path("/parse-inquiry")
    @RolesAllowed(Scopes.LEADS_WRITE)
    @Operation(summary = "Extract name, email, phone, budget, bedrooms, move_date, pets, areas and preferences "
            + "from a free-text inquiry")
    public ParsedInquiry parseInquiry(@NotNull @Valid ParseInquiryRequest request) {
        return ParsedInquiry.of(parser.parse(request.text(),
                request.receivedAt() != null ? request.receivedAt() : clock.instant()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.trim();
    }
}
