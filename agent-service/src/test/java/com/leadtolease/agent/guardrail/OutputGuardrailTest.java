package com.leadtolease.agent.guardrail;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutputGuardrailTest {

    private final OutputGuardrail guardrail = new OutputGuardrail();

    @Test
    void keepsTheProspectsOwnContactAndRemovesEveryoneElses() {
        OutputGuardrail.Checked checked = guardrail.check(
                "A confirmation goes to ana@example.com; also reach bob@example.com or 832-555-0199.",
                List.of("ana@example.com", "713-555-0100"));
        assertThat(checked.reply()).contains("ana@example.com").doesNotContain("bob@example.com")
                .doesNotContain("832-555-0199");
        assertThat(checked.hit()).map(GuardrailHit::kind).contains(GuardrailKind.PROMPT_INJECTION);
    }

    @Test
    void replacesAReplyThatCharacterizesPeopleByAProtectedClass() {
        OutputGuardrail.Checked checked = guardrail.check("This area has mostly young families with kids.",
                List.of());
        assertThat(checked.reply()).isEqualTo(OutputGuardrail.NEUTRAL_REPLACEMENT);
        assertThat(checked.hit()).map(GuardrailHit::kind).contains(GuardrailKind.FAIR_HOUSING);
    }

    @Test
    void leavesOrdinaryRepliesAlone() {
        String reply = "Every home at Bayou Flats is open to everyone. Amenities: pool, playground, dog park.";
        assertThat(guardrail.check(reply, List.of()).hit()).isEmpty();
    }
}
