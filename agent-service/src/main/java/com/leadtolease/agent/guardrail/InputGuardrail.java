package com.leadtolease.agent.guardrail;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a prospect message before the policy sees it. Order matters: an injection attempt is refused whatever it
 * mentions; steering questions ("are there Section 8 tenants here?") are fair housing before they are vouchers.
 */
@ApplicationScoped
public class InputGuardrail {

    private static final List<GuardrailRule> RULES;

    static {
        List<GuardrailRule> rules = new ArrayList<>(PromptInjectionRules.RULES);
        rules.addAll(FairHousingRules.RULES);
        rules.addAll(AccommodationRules.RULES);
        RULES = List.copyOf(rules);
    }

    public Optional<GuardrailHit> check(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
        return RULES.stream()
                .filter(rule -> rule.matches(lower))
                .findFirst()
                .map(rule -> new GuardrailHit(rule.kind(), rule.name()));
    }
}
