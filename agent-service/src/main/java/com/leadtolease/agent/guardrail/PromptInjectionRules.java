package com.leadtolease.agent.guardrail;

import java.util.List;

import static com.leadtolease.agent.guardrail.GuardrailKind.PROMPT_INJECTION;

/** Attempts to change the agent's instructions, read them out, or get at other people's data. */
final class PromptInjectionRules {

    private static final String GROUP = "(?:leads?|prospects?|customers?|clients?|tenants?|residents?|users?"
            + "|applicants?|people|persons?)";
    private static final String DATA = "(?:emails?|e-mails?|phones?|phone numbers?|numbers?|contacts?|contact info"
            + "|data|info|information|details|names?|addresses|records?|files?|conversations?|chats?|messages?)";

    static final List<GuardrailRule> RULES = List.of(
            GuardrailRule.of("override_instructions", PROMPT_INJECTION,
                    "\\b(?:ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(?:instructions?|prompts?|rules"
                            + "|guidelines|directions|policies|guardrails|programming)\\b"),
            GuardrailRule.of("reveal_prompt", PROMPT_INJECTION,
                    "\\b(?:system|hidden|initial|original|developer)\\s+(?:prompts?|instructions?|messages?)\\b"
                            + "|\\b(?:reveal|show|print|display|repeat|output|leak|tell me)\\b.{0,20}\\b(?:your|the)"
                            + "\\s+(?:prompts?|instructions?|rules|configuration|config|source code|api keys?"
                            + "|secrets?|passwords?)\\b"),
            GuardrailRule.of("role_play", PROMPT_INJECTION,
                    "\\b(?:developer|dan|god|admin|debug|jailbreak)\\s+mode\\b|\\bjailbreak\\b|\\byou are now\\b"
                            + "|\\bpretend (?:to be|you are)\\b|\\bact as (?:an? )?(?:admin|administrator|developer"
                            + "|system|root)\\b"),
            GuardrailRule.of("other_peoples_data", PROMPT_INJECTION,
                    "\\b(?:other|another|all|every|previous|someone else'?s?|other people'?s?)\\s+" + GROUP
                            + "(?:'s|')?\\s+(?:\\w+\\s+){0,2}" + DATA + "\\b"
                            + "|\\b(?:list|show|give|dump|export|send)\\b.{0,20}\\b(?:all|every|the other)\\s+"
                            + "(?:leads?|prospects?|customers?|clients?|applicants?|users?)\\b"
                            + "|\\b" + DATA + "\\s+(?:of|for|from)\\s+(?:other|all|every|the other|another)\\s+" + GROUP
                            + "\\b|\\bdatabase\\b.{0,20}\\b(?:dump|contents|export)\\b|\\bdump\\b.{0,20}\\bdatabase\\b"));

    private PromptInjectionRules() {
    }
}
