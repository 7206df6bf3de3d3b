package com.leadtolease.agent.service;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.entities.EntityExtractor;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Reads a free-text inquiry (from a CRM) with the same extraction the agent uses in chat. */
@ApplicationScoped
public class InquiryParser {

    private final EntityExtractor extractor;
    private final ZoneId zone;

    InquiryParser(EntityExtractor extractor, AgentConfig config) {
        this.extractor = extractor;
        this.zone = ZoneId.of(config.timeZone());
    }

    /** @param receivedAt when the inquiry was written; "next month" and "June 1" are read from that day */
    public Entities parse(String text, Instant receivedAt) {
        LocalDate readOn = receivedAt.atZone(zone).toLocalDate();
        return extractor.extract(text, readOn);
    }
}
