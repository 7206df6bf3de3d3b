package com.leadtolease.agent.guardrail;

import java.util.List;

import static com.leadtolease.agent.guardrail.GuardrailKind.PROMPT_INJECTION;

/** Attempts to change the agent's instructions, read them out, or get at other people's data. */
final class PromptInjectionRules {

    private static final String GROUP = "(?:leads?|prospects?|customers?|clients?|tenants?|residents?|users?"
            + "|applicants?|people|persons?)";
    private static final String DATA = "(?:emails?|e-mails?|phones?|phone numbers?|numbers?|contacts?|contact info"
            + "|data|info|information|details|names?|address(?:es)?|records?|files?|conversations?|chats?|messages?"
            + "|income|credit scores?|applications?)";
    /** A particular other person, named by what they did or where they live: "the guy who toured before me". */
    private static final String THAT_PERSON = "(?:\\b(?:the|that|this)\\s+(?:(?:last|previous|first|other|next)\\s+)?"
            + "(?:person|people|guy|lady|woman|man|girl"
            + "|family|couple|tenant|resident|renter|prospect|applicant|caller|neighbou?r|occupant)s?\\s+(?:who|that)\\s+"
            + "(?:toured|applied|lives?|lived|rents?|rented|moved|came|had|looked at|was here)\\b"
            + "|\\b(?:the|that)\\s+(?:person|guy|lady|woman|man|family|couple|tenant|resident|renter|neighbou?r"
            + "|occupant)s?\\s+(?:before me|ahead of me|next door|upstairs|downstairs|in (?:unit|apartment|apt|#)\\s*\\w+))";

    static final List<GuardrailRule> RULES = List.of(
            GuardrailRule.of("override_instructions", PROMPT_INJECTION,
                    "\\b(?:ignore|disregard|forget|override|bypass)\\b.{0,40}\\b(?:instructions?|prompts?|rules"
                            + "|guidelines|directions|policies|guardrails|programming)\\b"),
            GuardrailRule.of("reveal_prompt", PROMPT_INJECTION,
                    "\\b(?:system|hidden|initial|original|developer)\\s+(?:prompts?|instructions?|messages?)\\b"
                            + "|\\b(?:reveal|show|print|display|repeat|output|leak|tell me)\\b.{0,20}\\b(?:your|the)"
                            + "\\s+(?:prompts?|instructions?|rules|configuration|config|source code|api keys?"
                            + "|secrets?|passwords?)\\b"),
            GuardrailRule.of("rules_do_not_apply", PROMPT_INJECTION,
                    "\\b(?:pretend|imagine|assume|suppose)\\b.{0,40}\\b(?:rules?|laws?|guidelines|policies|restrictions)\\b"
                            + ".{0,15}\\b(?:don't|do not|doesn't|does not|no longer|wouldn't) (?:apply|exist|matter|count)\\b"
                            + "|\\b(?:system|admin|administrator|developer|root|master)\\s+(?:override|command|directive)\\b"
                            + "|\\boverride (?:code|mode|command)\\b"),
            GuardrailRule.of("role_play", PROMPT_INJECTION,
                    "\\b(?:developer|dan|god|admin|debug|jailbreak)\\s+mode\\b|\\bjailbreak\\b|\\byou are now\\b"
                            + "|\\bpretend (?:to be|you are)\\b|\\bact as (?:an? )?(?:admin|administrator|developer"
                            + "|system|root)\\b"),
            GuardrailRule.of("new_instructions", PROMPT_INJECTION,
                    "\\b(?:here are|these are|follow|obey|use) (?:your |my |the |these )?(?:new|updated|revised|real)"
                            + " (?:instructions|rules|orders|directives|guidelines)\\b"
                            + "|\\b(?:new|updated|revised) (?:instructions|orders|directives) (?:from|by) [^:]{0,40}:"
                            + "|\\bfrom now on,? (?:you|your answers?)\\b|\\b(?:you are|you're|act as|be) dan\\b"
                            + "|\\bdo anything now\\b|\\bwithout (?:any )?(?:restrictions|filters|limitations)\\b"
                            + "|\\b(?:manager|owner|admin\\w*|developer|supervisor|boss|landlord|company)\\b.{0,40}\\b"
                            + "(?:authori[sz]ed|instructed|permitted|cleared|ordered) (?:you|the (?:bot|assistant|ai"
                            + "|agent))\\b"),
            GuardrailRule.of("other_peoples_data", PROMPT_INJECTION,
                    "\\b(?:other|another|all|every|previous|someone else'?s?|other people'?s?)\\s+" + GROUP
                            + "(?:'s|')?\\s+(?:\\w+\\s+){0,2}" + DATA + "\\b"
                            + "|\\b(?:list|show|give|dump|export|send)\\b.{0,20}\\b(?:all|every|the other)\\s+"
                            + "(?:(?:of )?(?:the|your)\\s+)?(?:leads?|prospects?|customers?|clients?|applicants?|users?)\\b"
                            + "|\\b" + DATA + "\\s+(?:of|for|from)\\s+(?:other|all|every|the other|another)\\s+" + GROUP
                            + "\\b|\\bdatabase\\b.{0,20}\\b(?:dump|contents|export)\\b|\\bdump\\b.{0,20}\\bdatabase\\b"
                            + "|\\b(?:list|names?|emails?|phones?|numbers?|contacts?|details|info\\w*)\\b.{0,25}\\b(?:everyone"
                            + "|everybody|all (?:the )?(?:people|those)|(?:the )?people|anyone)\\s+(?:else\\s+)?who\\s+"
                            + "(?:has\\s+|have\\s+)?(?:applied|toured|visited|signed|booked|inquired|enquired|called|contacted)\\b"),
            GuardrailRule.of("a_particular_persons_data", PROMPT_INJECTION,
                    "\\b" + DATA + "\\b.{0,30}" + THAT_PERSON + "|" + THAT_PERSON + ".{0,40}\\b" + DATA + "\\b"
                            + "|\\bmy (?:ex|ex-\\w+|former (?:partner|wife|husband|roommate|girlfriend|boyfriend))\\b.{0,80}"
                            + "\\b(?:(?:his|her|their) (?:new )?" + DATA + "|where (?:he|she|they) (?:lives?|moved|applied))\\b"
                            + "|\\b(?:previous|former|last|old|current)\\s+(?:tenant|resident|renter|occupant)s?"
                            + "(?:'s|')?\\s+(?:\\w+\\s+){0,2}" + DATA + "\\b"
                            + "|\\bwho else\\b.{0,30}\\b(?:applied|applying|toured|touring|interested|looking at|lives"
                            + "|living|renting|signed)\\b"
                            + "|\\bwhat did (?:the|your) (?:last|previous|other|next) (?:person|people|customer|caller"
                            + "|lead|prospect|client)s?\\b"));

    private PromptInjectionRules() {
    }
}
