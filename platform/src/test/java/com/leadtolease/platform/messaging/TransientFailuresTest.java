package com.leadtolease.platform.messaging;

import com.fasterxml.jackson.core.JsonParseException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void networkAndTimeoutFailuresPass() {
        assertThat(TransientFailures.isTransient(new ConnectException("refused"))).isTrue();
        assertThat(TransientFailures.isTransient(new RuntimeException(new TimeoutException()))).isTrue();
    }

    @Test
    void aServiceNotReadyYetPasses() {
        assertThat(TransientFailures.isTransient(new NotReadyYet("no active version yet"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("wrapped", new NotReadyYet("starting"))))
                .isTrue();
    }

    @Test
    void mongoConnectivityFailuresAreRecognisedByName() {
        assertThat(TransientFailures.isTransient(new com.mongodb.MongoSocketReadException("gone", null))).isTrue();
    }

    @Test
    void unreadableOrInvalidRecordsAreBad() {
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("not JSON",
                new JsonParseException(null, "unexpected character")))).isFalse();
        assertThat(TransientFailures.isTransient(new BadMessage("no CloudEvent headers"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    }
}
