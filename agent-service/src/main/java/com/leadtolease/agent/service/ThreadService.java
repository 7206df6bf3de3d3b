package com.leadtolease.agent.service;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.LeadThread;
import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.repository.ThreadRepository;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.text.normalize.Role;
import com.leadtolease.text.pii.PiiRedactor;
import com.leadtolease.text.stage.StageClassification;
import com.leadtolease.text.stage.StageClassifier;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Creates conversation thread records for a lead (e.g. imported from a CRM), messages stored like live ones. */
@ApplicationScoped
public class ThreadService {

    public record ThreadMessage(String role, String text, Instant timestamp) {
    }

    private final ThreadRepository threads;
    private final LeadService leads;
    private final MessageLog messages;
    private final StageClassifier stages;
    private final PiiRedactor redactor;
    private final Clock clock;
    private final ZoneId zone;

    ThreadService(ThreadRepository threads, LeadService leads, MessageLog messages, StageClassifier stages,
                  PiiRedactor redactor, Clock clock, AgentConfig config) {
        this.threads = threads;
        this.leads = leads;
        this.messages = messages;
        this.stages = stages;
        this.redactor = redactor;
        this.clock = clock;
        this.zone = ZoneId.of(config.timeZone());
    }

    public LeadThread create(String leadId, String channel, List<ThreadMessage> thread) {
        if (leads.find(leadId).isEmpty()) {
            throw ProblemException.notFound("No lead with id " + leadId);
        }
        Instant now = clock.instant();
        LeadThread record = new LeadThread();
        record.id = UUID.randomUUID().toString();
        record.leadId = leadId;
        record.channel = channel;
        record.createdAt = now;
        List<StageClassification> labels = new ArrayList<>();
        List<StoredMessage> stored = new ArrayList<>(thread.size());
        int index = 0;
        for (ThreadMessage message : thread) {
            Role role = "agent".equals(message.role()) ? Role.AGENT : Role.LEAD;
            StageClassification stage = stages.classify(redactor.redact(message.text()).cleanText(), role);
            labels.add(stage);
            Instant at = message.timestamp() != null ? message.timestamp() : now;
            stored.add(messages.message(record.id, index++, message.role(), message.text(), stage.stage().wireName(),
                    at.atZone(zone).toLocalDate()));
            record.lastMessageAt = at;
        }
        messages.save(stored);
        record.messageCount = thread.size();
        record.stage = StageClassifier.threadStage(labels).wireName();
        threads.persist(record);
        return record;
    }
}
