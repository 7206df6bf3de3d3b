package com.leadtolease.agent.service;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.AuditTrail;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.MongoChatMemoryStore;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.repository.ThreadRepository;
import com.leadtolease.agent.repository.TurnRepository;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The CRM read API: lead list for sync, one lead, its conversations, and the export of everything about them. */
@ApplicationScoped
public class LeadRecords {

    /** How OperatorDesk stores a staff reply: "{name} (leasing team): {text}". */
    private static final Pattern OPERATOR_REPLY = Pattern.compile("^(.{1,100}?) \\(leasing team\\): (.*)$",
            Pattern.DOTALL);

    private final LeadRepository leads;
    private final SessionRepository sessions;
    private final MessageRepository messages;
    private final ThreadRepository threads;
    private final TurnRepository turns;
    private final MongoChatMemoryStore chatMemory;
    private final AuditRepository audit;
    private final AuditTrail auditTrail;
    private final LeadFootprint footprint;
    private final TranscriptRedactor redactor;
    private final Clock clock;
    private final ZoneId zone;

    LeadRecords(LeadRepository leads, SessionRepository sessions, MessageRepository messages,
                ThreadRepository threads, TurnRepository turns, MongoChatMemoryStore chatMemory,
                AuditRepository audit, AuditTrail auditTrail, LeadFootprint footprint, TranscriptRedactor redactor, Clock clock,
                AgentConfig config) {
        this.leads = leads;
        this.sessions = sessions;
        this.messages = messages;
        this.threads = threads;
        this.turns = turns;
        this.chatMemory = chatMemory;
        this.audit = audit;
        this.auditTrail = auditTrail;
        this.footprint = footprint;
        this.redactor = redactor;
        this.clock = clock;
        this.zone = ZoneId.of(config.timeZone());
    }

    public CrmViews.LeadPage list(String stage, Instant updatedSince, String cursor, int limit, boolean pii) {
        LeadCursor after = cursor == null ? null : LeadCursor.decode(cursor);
        List<Lead> page = leads.page(stage, updatedSince, after == null ? null : after.updatedAt(),
                after == null ? null : after.id(), limit + 1);
        boolean more = page.size() > limit;
        List<Lead> shown = more ? page.subList(0, limit) : page;
        Map<String, Instant> activity = lastActivity(shown.stream().flatMap(lead -> lead.sessionIds.stream())
                .toList());
        List<CrmViews.LeadProfile> profiles = shown.stream()
                .map(lead -> CrmViews.LeadProfile.of(lead, lastActivityOf(lead, activity), pii)).toList();
        Lead last = more ? shown.get(shown.size() - 1) : null;
        return new CrmViews.LeadPage(profiles, last == null ? null : new LeadCursor(last.updatedAt, last.id).encode(),
                limit);
    }

    public CrmViews.LeadProfile profile(String leadId, boolean pii) {
        Lead lead = existing(leadId);
        return CrmViews.LeadProfile.of(lead, lastActivityOf(lead, lastActivity(lead.sessionIds)), pii);
    }

    /** The lead's current version (its ETag), without building the whole profile. */
    public long version(String leadId) {
        return existing(leadId).revision;
    }

    public CrmViews.Conversation conversation(String leadId, boolean pii) {
        Lead lead = existing(leadId);
        LeadFootprint.Footprint where = footprint.of(lead);
        List<ConversationSession> found = sessions.mongoCollection().find(Filters.in("_id", where.sessionIds()))
                .into(new ArrayList<>());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<CrmViews.Session> shown = new ArrayList<>();
        for (ConversationSession session : found.stream()
                .sorted(Comparator.comparing(s -> s.createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList()) {
            List<String> names = new ArrayList<>();
            names.add(lead.name);
            names.add(session.facts == null ? null : session.facts.name);
            List<CrmViews.Line> lines = messages.ofThread(session.id).stream()
                    .map(message -> line(message, pii, names, today)).toList();
            shown.add(new CrmViews.Session(session.id, session.channel, session.status, session.stage,
                    session.createdAt, session.lastActivityAt, lines));
        }
        for (String threadId : where.threadIds()) {
            List<CrmViews.Line> lines = messages.ofThread(threadId).stream()
                    .map(message -> line(message, pii, List.of(Objects.toString(lead.name, "")), today)).toList();
            threads.findByIdOptional(threadId).ifPresent(thread -> shown.add(new CrmViews.Session(thread.id,
                    thread.channel, "thread", thread.stage, thread.createdAt, thread.lastMessageAt, lines)));
        }
        return new CrmViews.Conversation(lead.id, !pii, shown);
    }

    /** @param requestedBy the caller's token subject, for the audit log */
    public CrmViews.LeadExport export(String leadId, String requestedBy) {
        Lead lead = existing(leadId);
        auditTrail.export(lead.id, requestedBy);
        LeadFootprint.Footprint where = footprint.of(lead);
        List<ConversationSession> found = sessions.mongoCollection().find(Filters.in("_id", where.sessionIds()))
                .sort(Sorts.ascending("createdAt")).into(new ArrayList<>());
        return new CrmViews.LeadExport(clock.instant(), CrmViews.LeadRecord.of(lead), found,
                messages.mongoCollection().find(Filters.in("threadId", where.messageThreads()))
                        .sort(Sorts.ascending("threadId", "turnIndex")).into(new ArrayList<>()),
                threads.mongoCollection().find(Filters.eq("leadId", lead.id)).into(new ArrayList<>()),
                turns.mongoCollection().find(Filters.in("sessionId", where.sessionIds()))
                        .sort(Sorts.ascending("createdAt")).into(new ArrayList<>()),
                chatMemory.mongoCollection().find(Filters.in("_id", where.sessionIds())).into(new ArrayList<>()),
                audit.mongoCollection().find(Filters.or(Filters.in("sessionId", where.sessionIds()),
                                Filters.eq("leadId", lead.id)))
                        .sort(Sorts.ascending("at")).into(new ArrayList<>()));
    }

    /** @throws ProblemException 404 for an unknown lead, 410 for one whose data was erased */
    Lead existing(String leadId) {
        Lead lead = leads.findByIdOptional(leadId)
                .orElseThrow(() -> ProblemException.notFound("No lead " + leadId));
        if (lead.erased()) {
            throw new ProblemException(Problem.of(410, "Erased", "The data of lead " + leadId + " was erased"));
        }
        return lead;
    }

    private CrmViews.Line line(StoredMessage message, boolean pii, List<String> names, LocalDate today) {
        String role = message.role;
        String sender = null;
        String text = message.cleanText;
        Matcher operator = text == null ? null : OPERATOR_REPLY.matcher(text);
        if ("agent".equals(role) && operator != null && operator.matches()) {
            role = "operator";
            sender = operator.group(1);
            text = operator.group(2);
        }
        String shown = pii ? text : redactor.redact(text, names, "lead".equals(role), today);
        return new CrmViews.Line(message.turnIndex, role, sender, shown, message.timestamp);
    }

    private Map<String, Instant> lastActivity(List<String> sessionIds) {
        Map<String, Instant> activity = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            sessions.mongoCollection().withDocumentClass(org.bson.Document.class)
                    .find(Filters.in("_id", sessionIds))
                    .projection(new org.bson.Document("lastActivityAt", 1))
                    .forEach(document -> {
                        java.util.Date at = document.getDate("lastActivityAt");
                        if (at != null) {
                            activity.put(document.getString("_id"), at.toInstant());
                        }
                    });
        }
        return activity;
    }

    private static Instant lastActivityOf(Lead lead, Map<String, Instant> activity) {
        return lead.sessionIds.stream().map(activity::get).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(lead.updatedAt);
    }
}
