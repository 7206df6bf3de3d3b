package com.leadtolease.agent;

import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.service.LeadInput;
import com.leadtolease.agent.service.LeadService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** One lead per email and per phone, however the upserts interleave (unique indexes, retried upserts). */
@QuarkusTest
class LeadUniquenessTest {

    @Inject
    LeadService leads;
    @Inject
    LeadRepository repository;

    @Test
    void concurrentUpsertsOfOneEmailMakeOneLead() throws Exception {
        String email = "same-" + UUID.randomUUID() + "@example.com";
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> started = IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> {
                go.await();
                return leads.upsert(input(null, "Sam", email, null, 1500), false).lead().id;
            })).toList();
            go.countDown();
            List<String> leadIds = started.stream().map(LeadUniquenessTest::get).distinct().toList();
            assertThat(leadIds).hasSize(1);
            assertThat(repository.find("email", email).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aContactAnotherLeadHoldsStaysWithItAndTheRestIsSaved() {
        String email = "held-" + UUID.randomUUID() + "@example.com";
        Lead holder = leads.upsert(input(null, "Ada", email, null, null), false).lead();
        String phone = "713-555-" + (1000 + (int) (Math.random() * 8999));
        Lead other = leads.upsert(input(null, "Bo", null, phone, null), false).lead();

        Lead updated = leads.upsert(input(other.id, "Bo", email, phone, 1900), false).lead();

        assertThat(updated.id).isEqualTo(other.id);
        assertThat(updated.budget).isEqualTo(1900);
        assertThat(repository.findById(other.id).email).isNull();
        List<Lead> holders = repository.find("email", email).list();
        assertThat(holders).extracting(l -> l.id).containsExactly(holder.id);
    }

    private static LeadInput input(String leadId, String name, String email, String phone, Integer budget) {
        return new LeadInput(leadId, name, email, phone, budget, null, null, null, null, null, null, null, null, "api");
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
