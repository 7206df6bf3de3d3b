package com.leadtolease.agent.service;

import com.leadtolease.agent.domain.Lead;

/** @param created true when no lead with this id, email or phone existed */
public record LeadUpsert(Lead lead, boolean created, boolean changed) {
}
