package com.leadtolease.text.stage;

import com.leadtolease.text.cue.CuedPattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Unambiguous phrases that settle a message's stage without the model, checked from the latest stage back so
 * "approved — sign the lease and pick up your keys" is approval, not post-close.
 */
final class StageRules {

    static final double CONFIDENCE = 0.95;

    private static final Map<Stage, CuedPattern> RULES = new LinkedHashMap<>();

    static {
        RULES.put(Stage.RENEWAL, rule(List.of("renew", "vacate", "lease"),
                "renew(?:al|als|ing|ed)?\\b|notice to vacate|your (?:current )?lease"
                + " (?:expires|is expiring|ends)"));
        RULES.put(Stage.APPROVAL, rule(List.of("approv", "denied", "declined", "adverse", "sign"),
                "application (?:(?:has been|was|is|got) )?(?:approved|denied|declined)"
                + "|(?:you're|you are|you've been|you have been|we're|we are|we've been|we got|i got|i was|i am|i'm"
                + "|get|got|be|been|is|are|was|were) (?:now )?(?:fully |conditionally )?(?:approved|denied)"
                + "|approve (?:you|your application)|conditional(?:ly)? approv|approval (?:letter|email)"
                + "|adverse action|(?:sign|signing) the lease|lease (?:is )?ready (?:for|to) (?:e-?)?sign"));
        RULES.put(Stage.POST_CLOSE, rule(
                List.of("keys", "move", "work order", "maintenance", "portal", "insurance", "welcome home", "settled"),
                "(?:pick up|picking up|get) (?:my|your|the) keys|keys (?:will be|are) ready"
                + "|move[\\s-]in (?:day|inspection|checklist|funds)|work order|maintenance request|resident portal"
                + "|renter'?s insurance|welcome home|just moved in|now that (?:you're|we're|i'm) (?:moved in|settled)"));
        RULES.put(Stage.APPLYING, rule(
                List.of("appl", "stub", "income", "background", "credit", "guarantor", "signer", "deposit"),
                "application (?:fee|link|form)|(?:apply|applying) (?:online|for the)"
                + "|how (?:do|can) (?:i|we) apply|submit(?:ted)? (?:my|your|the|an|our) application|pay ?stubs"
                + "|proof of income|background check|credit check|guarantor|co-?signer|holding deposit"
                + "|income requirements?|application submitted"));
        RULES.put(Stage.TOURING, rule(List.of("tour", "showing", "in person"),
                "(?:schedule|book|booked|reschedule|rescheduled|cancel|confirm)"
                + " (?:a |my |the |your )?tour|self[\\s-]guided tours?|virtual tour|tour (?:is|has been)"
                + " (?:confirmed|booked|cancelled|canceled|moved)|tour slots?|your (?:showing|tour)"
                + "|(?:see|view) (?:the|it|the apartment|the unit) in person"));
        RULES.put(Stage.SELECTING_FAVORITES, rule(
                List.of("favo", "shortlist", "short list", "top ", "first choice", "narrowed", "front runner"),
                "favou?rites?|shortlist(?:ed)?|short list(?! of)"
                + "|top (?:pick|choice|two|three|2|3)|first choice|narrowed (?:it )?down|front runner"));
        RULES.put(Stage.SENDING_LIST, rule(List.of("here are", "list", "options"),
                "here are (?:a few|some|three|four|five|two|\\d+|the|your|all)\\b.{0,40}"
                + "(?:options|listings|units|apartments|communities|properties|places|matches)"
                + "|send (?:me )?(?:a|the) list|list of (?:available )?(?:units|apartments|properties|listings|places)"
                + "|(?:send|share) (?:me )?(?:some|more|a few)? ?(?:options|listings)"));
    }

    private StageRules() {
    }

    /** Every rule with its cues, so a test can check that no match is ever skipped by its cue check. */
    static Map<Stage, CuedPattern> rules() {
        return Map.copyOf(RULES);
    }

    static Optional<Stage> match(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return RULES.entrySet().stream()
                .filter(rule -> rule.getValue().find(lower))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Matched against lower-case text: much faster than (?i). */
    private static CuedPattern rule(List<String> cues, String regex) {
        return CuedPattern.of(cues, "\\b(?:" + regex + ")");
    }
}
