package com.leadtolease.agent.guardrail;

import java.util.List;

import static com.leadtolease.agent.guardrail.GuardrailKind.FAIR_HOUSING;

/**
 * Questions that ask to describe, choose or avoid a place by who lives there — race, color, religion, national
 * origin, sex, familial status, disability or source of income. A protected word alone is not enough ("black
 * appliances", "a playground for my kids"): it must be about people or a place's population.
 */
final class FairHousingRules {

    private static final String PROTECTED = "(?:white|black|brown|hispanics?|latin[oax]s?|asians?|african[- ]americans?"
            + "|mexicans?|indians?|arabs?|chinese|koreans?|vietnamese|japanese|filipinos?|pakistanis?|nigerians?|africans?"
            + "|europeans?|russians?|caucasians?|middle[- ]eastern|cubans?|haitians?|somalis?|jamaicans?|puerto ricans?"
            + "|immigrants?|foreigners?|minorit(?:y|ies)|ethnic(?:ity|ities)?|racial"
            + "|race|christians?|muslims?|jewish|jews|catholics?|hindus?|religious|gays?|lesbians?|lgbt\\w*|men|women"
            + "|males?|females?|divers(?:e|ity)|whit(?:er|est)|(?:american|native|foreign|us|u\\.s\\.)[- ]born)";
    private static final String PEOPLE_OR_PLACE = "(?:people|folks|residents|tenants|neighbou?rs|neighbou?rhoods?"
            + "|community|communities|areas?|population|crowd|lives?|living(?! room)|complex|building|part of town"
            + "|demographics?)";
    private static final String OTHER_GROUPS = "(?:disabled|handicapped|mentally ill|section ?8|voucher holders?"
            + "|welfare|low[- ]income)";
    private static final String PEOPLE = "(?:people|folks|residents|tenants|neighbou?rs|renters|families|living(?! room)"
            + "|live here|live there)";
    private static final String FAMILY_WORDS = "(?:kids|children|families|teenagers|teens|babies|toddlers|singles"
            + "|couples|retirees|seniors|elderly|young people|students)";
    private static final String QUANTITY = "(?:many|lots of|a lot of|fewer|fewest|less|more|mostly|mainly|predominantly"
            + "|full of|tons of|plenty of|majority|only|all)";

    /** Wanting to live apart from a group: "away from", "not next to", "I'd rather not be around". */
    private static final String APART_FROM = "(?:avoid(?:ing)?|away from|far from|apart from|not (?:near|next to|around"
            + "|close to|by|beside)|(?:don't|do not|wouldn't|would not|rather not) (?:want to |like to )?(?:live |be )?"
            + "(?:near|next to|around|by|close to|beside|among))";
    private static final String FEW_ADJECTIVES = "(?:(?:the|any|all|other|those|these|noisy|loud|young|small|little"
            + "|screaming|crying|lots of|a lot of)\\s+){0,3}";
    /** Familial status: children and families (students, couples or young people are not a protected class). */
    private static final String CHILDREN = "(?:kids|children|families|babies|toddlers|teenagers|teens|infants"
            + "|pregnant (?:women|people|tenants|residents|neighbou?rs)|expectant (?:mothers|parents))";
    /** "pregnant women or babies": a list of such groups. */
    private static final String CHILDREN_LIST = CHILDREN + "(?:,?\\s+(?:or|and)\\s+" + FEW_ADJECTIVES + CHILDREN + ")*";
    /** A protected group named as people, so "not near the black dumpsters" is not one. */
    private static final String GROUP_AS_PEOPLE = "(?:(?:hispanic|latin[oa]|asian|african american|mexican|indian|arab"
            + "|immigrant|foreigner|christian|muslim|jew|catholic|hindu|gay|lesbian)s|minorities|" + PROTECTED
            + "\\s+(?:people|folks|families|residents|tenants|neighbou?rs|kids|men|women|couples?))";
    private static final String DISABLED_GROUPS = "(?:disabled (?:people|residents|tenants|neighbou?rs)|people with "
            + "disabilities|(?:people|residents|tenants|neighbou?rs) in wheelchairs|the mentally ill|section ?8"
            + "|voucher holders|(?:someone|anyone|a person|a neighbou?r|people|neighbou?rs) (?:in a wheelchair"
            + "|with (?:a )?disabilit(?:y|ies)|who (?:is|are) disabled))";
    private static final String NEARBY = "(?:around|nearby|next door|upstairs|downstairs|in the building|in the complex"
            + "|on (?:the|my) floor|living (?:there|nearby|next to me)|as neighbou?rs)";
    /** Someone other than the prospect: "anyone in the building", "the neighbours", "the guy upstairs". */
    private static final String OTHER_RESIDENT = "(?:anyone|anybody|someone|any (?:of the )?(?:residents|tenants"
            + "|neighbou?rs|people)|(?:the|your) (?:residents?|tenants?|neighbou?rs?|guy|lady|man|woman|family|people"
            + "|person|occupants?))";
    private static final String HEALTH = "(?:hiv|aids|hepatitis|disabilit(?:y|ies)|disabled|mental(?:ly)? ill(?:ness)?"
            + "|mental (?:health|illness)|schizophren\\w*|bipolar|autis\\w*|in a wheelchair|wheelchair[- ]bound|blind"
            + "|deaf|addict(?:s|ion|ed)?|in recovery)";

    /** Asked whether a group may rent, apply or live here: answered with the equal-housing statement. */
    static final String RENTING_TO_A_GROUP = "renting_to_a_group";
    private static final String GROUP = "(?:(?:muslim|christian|jew|catholic|hindu|sikh|buddhist|atheist|hispanic"
            + "|latin[oa]|asian|african american|mexican|indian|arab|immigrant|foreigner|refugee|gay|lesbian"
            + "|transgender|trans|black|white|single (?:mom|mother|dad|father|parent)|pregnant wom[ae]n|senior|veteran)s?"
            + "|jewish (?:people|families|tenants)|jewish|women|men|families(?: with (?:kids|children|babies))?"
            + "|(?:people|tenants|applicants) (?:with (?:kids|children|disabilities|a disability)|in wheelchairs"
            + "|from (?:other countries|another country|\\w+))|disabled (?:people|tenants|applicants)|same[- ]sex couples?"
            + "|(?:unmarried|interracial|gay|lesbian) couples?|kids|children)";
    private static final String IDENTITY = "(?:muslim|christian|jewish|catholic|hindu|sikh|buddhist|atheist|hispanic"
            + "|latin[oa]|asian|black|mexican|indian|arab|an immigrant|immigrants|a refugee|refugees|gay|lesbian"
            + "|transgender|trans|pregnant|disabled|a single (?:mom|mother|dad|father|parent)|single parents"
            + "|a same[- ]sex couple|an interracial couple|a family with (?:kids|children|a baby))";

    static final List<GuardrailRule> RULES = List.of(
            GuardrailRule.of(RENTING_TO_A_GROUP, FAIR_HOUSING,
                    "\\b(?:do|does|will|would|can|could)\\s+(?:you|y'all|they|the \\w+|your \\w+|it|we|i)\\s+"
                            + "(?:still\\s+)?(?:rent|lease)\\s+(?:apartments?\\s+|homes?\\s+|units?\\s+)?to\\s+"
                            + "(?:a\\s+|an\\s+)?" + GROUP + "\\b"
                            + "|\\b(?:are|is)\\s+(?:a\\s+|an\\s+)?" + GROUP + "\\s+(?:allowed|welcome|accepted|able to (?:rent|apply|live))\\b"
                            + "|\\b(?:do|does|will|would)\\s+(?:you|it|the \\w+)\\s+(?:accept|allow|welcome|take)\\s+"
                            + "(?:a\\s+|an\\s+)?" + GROUP + "(?:\\s+(?:as )?(?:tenants|residents|applicants|renters))?\\s*[?.!]*$"
                            + "|\\b(?:i'?m|i am|we'?re|we are)\\s+" + IDENTITY + "\\b.{0,40}\\b(?:problem|issue|allowed"
                            + "|welcome|okay|ok|still (?:rent|apply)|can (?:i|we) (?:rent|apply|live)|accept)\\b"),
            GuardrailRule.of("apart_from_a_group", FAIR_HOUSING,
                    "\\b" + APART_FROM + "\\s+" + FEW_ADJECTIVES + "(?:" + CHILDREN + "|" + GROUP_AS_PEOPLE + "|"
                            + DISABLED_GROUPS + ")\\b"
                            + "|\\b(?:building|unit|floor|complex|community|place|apartment|somewhere|area"
                            + "|neighbou?rhood)s?\\s+(?:without|with no|free of|with fewer)\\s+" + FEW_ADJECTIVES
                            + CHILDREN_LIST + "\\s+" + NEARBY + "\\b"
                            + "|\\b(?:propert(?:y|ies)|buildings?|communit(?:y|ies)|complex(?:es)?|places?)\\s+(?:that\\s+)?"
                            + "(?:have|has|with)\\s+(?:no|fewer|the fewest|less)\\s+" + FEW_ADJECTIVES + CHILDREN + "\\b"),
            GuardrailRule.of("among_a_group", FAIR_HOUSING,
                    "\\b(?:prefer|want|like|rather|hoping|looking)\\b.{0,30}\\b(?:live|be|living|being|stay)\\s+"
                            + "(?:around|near|among|with|close to|next to)\\s+(?:other\\s+|more\\s+|fellow\\s+|our own\\s+)?"
                            + GROUP_AS_PEOPLE + "\\b"),
            GuardrailRule.of("no_children_nearby", FAIR_HOUSING,
                    "\\bno\\s+" + FEW_ADJECTIVES + CHILDREN_LIST + "(?:\\s+with\\s+" + FEW_ADJECTIVES + CHILDREN_LIST + ")?"
                            + "\\s+(?:(?:will\\s+)?(?:live|lives|living|are|is|be|stay\\w*)\\s+)?(?:above|below|upstairs"
                            + "|downstairs|next door|next to (?:us|me)|near (?:us|me)|around (?:us|me)|on (?:my|our|the same) floor"
                            + "|in (?:my|our|the) building)\\b"),
            GuardrailRule.of("refuse_a_group", FAIR_HOUSING,
                    "\\b(?:don't|do not|never|won't|wouldn't|shouldn't|not)\\s+(?:rent|lease|sell|show|give)\\b.{0,40}"
                            + "\\bto\\s+(?:an?\\s+|any\\s+|the\\s+)?(?:" + GROUP_AS_PEOPLE + "|" + CHILDREN + ")\\b"),
            GuardrailRule.of("other_residents_health", FAIR_HOUSING,
                    "\\b" + OTHER_RESIDENT + "\\b.{0,30}\\b(?:have|has|had|got|is|are|carr(?:y|ies))\\b.{0,20}\\b"
                            + HEALTH + "\\b|\\b(?:is|are|does|do|has|have)\\s+" + OTHER_RESIDENT + "\\b.{0,30}\\b"
                            + HEALTH + "\\b"),
            GuardrailRule.of("protected_class_about_people", FAIR_HOUSING,
                    "\\b" + PROTECTED + "\\b.{0,40}\\b" + PEOPLE_OR_PLACE + "\\b|\\b" + PEOPLE_OR_PLACE + "\\b.{0,40}\\b"
                            + PROTECTED + "\\b"),
            GuardrailRule.of("disability_or_income_about_people", FAIR_HOUSING,
                    "\\b" + OTHER_GROUPS + "\\b.{0,30}\\b" + PEOPLE + "|\\b" + PEOPLE + "\\b.{0,30}\\b" + OTHER_GROUPS
                            + "\\b"),
            GuardrailRule.of("quantity_of_a_group", FAIR_HOUSING,
                    "\\b" + QUANTITY + "\\s+(?:\\w+\\s+){0,3}(?:" + FAMILY_WORDS + "|" + PROTECTED + ")\\b"),
            GuardrailRule.of("adults_only", FAIR_HOUSING,
                    "\\badults?[- ]only\\b|\\badult (?:community|building|complex)\\b|\\bno (?:kids|children) allowed\\b"
                            + "|\\b(?:child|kid)[- ]free\\b|\\b(?:18|21)\\s*(?:\\+|(?:and|or) (?:over|older|up))\\s*(?:only"
                            + "|buildings?|communit(?:y|ies)|complex(?:es)?|propert(?:y|ies)|apartments?)\\b"
                            + "|\\bno(?: ?one| residents| tenants| people)? under (?:18|21)\\b"),
            GuardrailRule.of("demographics", FAIR_HOUSING,
                    "\\b(?:racial|ethnic|religious)\\s+(?:makeup|mix|composition|breakdown)\\b|\\bdemographics?\\b"
                            + "|\\bwhat (?:kind|type|sort) of (?:people|neighbou?rs|residents|tenants|crowd)\\b"
                            + "|\\bwho (?:lives|is living) (?:there|here|in (?:the|this|that) (?:building|complex"
                            + "|community|neighbou?rhood|area|apartments?))\\b"));

    private FairHousingRules() {
    }
}
