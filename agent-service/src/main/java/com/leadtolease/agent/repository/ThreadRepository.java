package com.leadtolease.agent.repository;

import com.leadtolease.agent.domain.LeadThread;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class ThreadRepository implements PanacheMongoRepositoryBase<LeadThread, String> {
}
