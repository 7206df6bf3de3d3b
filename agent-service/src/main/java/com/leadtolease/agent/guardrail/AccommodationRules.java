package com.leadtolease.agent.guardrail;

import java.util.List;

import static com.leadtolease.agent.guardrail.GuardrailKind.ACCOMMODATION;

/**
 * Reasonable accommodation, assistance animals, accessibility needs, vouchers and sources of income: answered neutrally
 * and handed to a person, who can give an accurate, individual answer. A question about a building's accessibility
 * features ("is the building wheelchair accessible?") is an ordinary fact question, answered from property data or
 * deferred like any other; a prospect's own need or request ("I use a wheelchair", "I need an accessible unit") is
 * an accommodation matter and goes to a person.
 */
final class AccommodationRules {

    static final List<GuardrailRule> RULES = List.of(
            GuardrailRule.of("reasonable_accommodation", ACCOMMODATION,
                    "\\breasonable accommodations?\\b|\\baccommodations? for\\b|\\bas an? accommodation\\b|\\bdisabilit(?:y|ies)\\b"
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
                            + "|in a wheelchair|disabled)\\b|\\b(?:i|we|my \\w+) (?:use|uses|need|needs|rel(?:y|ies) on)"
                            + " (?:a |an )?(?:wheelchair|walker|mobility scooter|guide dog)s?\\b|\\b(?:visual|flashing|strobe) (?:doorbells?|alarms?|fire alarms?"
                            + "|smoke detectors?)\\b"),
            GuardrailRule.of("accessibility", ACCOMMODATION,
                    "\\b(?:i|we)\\b.{0,10}\\b(?:need|require|request|want|would like|ask for|must have)\\b.{0,30}"
                            + "\\b(?:wheelchair|accessible|ada|handicap|step-free|roll-in)\\b"
                            + "|\\b(?:request|install|add|put in)\\b.{0,30}\\b(?:wheelchair|accessib\\w*|ada|ramps?)\\b"
                            + "|\\bgrab bars?\\b"));

    private AccommodationRules() {
    }
}
