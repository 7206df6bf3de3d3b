package com.leadtolease.agent.guardrail;

import java.util.List;

import static com.leadtolease.agent.guardrail.GuardrailKind.ACCOMMODATION;

/**
 * Reasonable accommodation, assistance animals, accessibility, vouchers and sources of income: answered neutrally and
 * handed to a person, who can give an accurate, individual answer.
 */
final class AccommodationRules {

    static final List<GuardrailRule> RULES = List.of(
            GuardrailRule.of("reasonable_accommodation", ACCOMMODATION,
                    "\\breasonable accommodations?\\b|\\baccommodations? for\\b|\\bdisabilit(?:y|ies)\\b"
                            + "|\\bhandicap(?:ped)?\\b|\\bmodifications? to (?:the|my) (?:unit|apartment)\\b"),
            GuardrailRule.of("assistance_animal", ACCOMMODATION,
                    "\\b(?:service|assistance|support|therapy|emotional[- ]support)\\s+(?:animals?|dogs?|cats?|pets?)\\b"
                            + "|\\besas?\\b"),
            GuardrailRule.of("voucher", ACCOMMODATION,
                    "\\bsection ?(?:8|eight)\\b|\\bvouchers?\\b|\\bhcv\\b|\\brental assistance\\b|\\bhousing authority\\b"),
            GuardrailRule.of("source_of_income", ACCOMMODATION,
                    "\\b(?:ssi|ssdi|social security(?! number)|disability (?:income|benefits|payments)|child support"
                            + "|alimony|public assistance|welfare)\\b"),
            GuardrailRule.of("own_disability", ACCOMMODATION,
                    "\\b(?:i'm|i am|we're|we are|my \\w+ (?:is|are))\\s+(?:deaf|blind|hard of hearing|visually impaired"
                            + "|in a wheelchair|disabled)\\b|\\b(?:visual|flashing|strobe) (?:doorbells?|alarms?|fire alarms?"
                            + "|smoke detectors?)\\b"),
            GuardrailRule.of("accessibility", ACCOMMODATION,
                    "\\bwheelchairs?\\b|\\bada\\b|\\bhandicap accessible\\b|\\baccessible (?:unit|apartment|parking"
                            + "|entrance|bathroom)s?\\b|\\baccessibility\\b|\\bgrab bars?\\b"));

    private AccommodationRules() {
    }
}
