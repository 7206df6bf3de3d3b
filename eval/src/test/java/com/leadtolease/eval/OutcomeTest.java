package com.leadtolease.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeTest {

    private static Outcome of(String reply) throws Exception {
        return Outcome.of(Jsonl.JSON.readTree(reply));
    }

    @Test
    void aHandoffWinsOverTheTriggeredGuardrail() throws Exception {
        assertThat(of("{\"guardrail\":{\"triggered\":\"accommodation\",\"handoff\":true}}")).isEqualTo(Outcome.HANDOFF);
        assertThat(of("{\"guardrail\":{\"triggered\":null,\"handoff\":false},\"actions\":[{\"type\":\"handoff\"}]}"))
                .isEqualTo(Outcome.HANDOFF);
    }

    @Test
    void aTriggeredGuardrailAloneIsARefusalAndNoneIsAnAnswer() throws Exception {
        assertThat(of("{\"guardrail\":{\"triggered\":\"fair_housing\",\"handoff\":false}}")).isEqualTo(Outcome.REFUSE);
        assertThat(of("{\"guardrail\":{\"triggered\":null,\"handoff\":false}}")).isEqualTo(Outcome.ANSWER);
        assertThat(of("{\"reply\":\"hi\"}")).isEqualTo(Outcome.ANSWER);
    }
}
