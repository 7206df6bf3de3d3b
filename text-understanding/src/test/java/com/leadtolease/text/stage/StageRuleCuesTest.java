package com.leadtolease.text.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.text.cue.CuedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stage rule's cue check may only skip texts its pattern cannot match. */
class StageRuleCuesTest {

    private static final List<String> RULE_PHRASES = List.of("time to renew", "renewals", "notice to vacate",
            "your lease expires soon", "application has been approved", "you've been conditionally approved",
            "we approve your application", "approval letter", "adverse action notice", "signing the lease",
            "lease is ready to e-sign", "pick up your keys", "keys are ready", "move-in inspection",
            "move in checklist", "a work order", "maintenance request", "resident portal", "renters insurance",
            "welcome home", "just moved in", "now that you're settled", "application fee", "apply online",
            "how can we apply", "submitted my application", "paystubs", "proof of income", "background check",
            "credit check", "a guarantor", "co-signer", "holding deposit", "income requirements",
            "schedule a tour", "self-guided tours", "virtual tour", "tour has been moved", "tour slot",
            "your showing", "see it in person", "favourites", "shortlisted", "short list", "top pick",
            "first choice", "narrowed it down", "front runner", "here are three great options",
            "send me a list", "list of available units", "share some listings");

    @Test
    void everyRuleMatchOfTheTrainingSetAndOfEachAlternativePassesTheCueCheck() {
        List<String> texts = new ArrayList<>(RULE_PHRASES);
        TrainingData.bundled().forEach(example -> texts.add(example.text()));
        int matched = 0;
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (Map.Entry<Stage, CuedPattern> rule : StageRules.rules().entrySet()) {
                if (rule.getValue().pattern().matcher(lower).find()) {
                    matched++;
                    assertThat(rule.getValue().mayMatch(lower)).as("cues of %s for \"%s\"", rule.getKey(), text)
                            .isTrue();
                }
            }
        }
        assertThat(matched).as("texts some rule recognises").isGreaterThanOrEqualTo(RULE_PHRASES.size());
    }
}
