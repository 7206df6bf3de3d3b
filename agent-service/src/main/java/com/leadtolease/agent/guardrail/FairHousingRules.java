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
            + "|mexicans?|indians?|arabs?|chinese|immigrants?|foreigners?|minorit(?:y|ies)|ethnic(?:ity|ities)?|racial"
            + "|race|christians?|muslims?|jewish|jews|catholics?|hindus?|religious|gays?|lesbians?|lgbt\\w*|men|women"
            + "|males?|females?|divers(?:e|ity))";
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

    static final List<GuardrailRule> RULES = List.of(
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
                            + "|\\b(?:child|kid)[- ]free\\b"),
            GuardrailRule.of("demographics", FAIR_HOUSING,
                    "\\b(?:racial|ethnic|religious)\\s+(?:makeup|mix|composition|breakdown)\\b|\\bdemographics?\\b"
                            + "|\\bwhat (?:kind|type|sort) of (?:people|neighbou?rs|residents|tenants|crowd)\\b"
                            + "|\\bwho (?:lives|is living) (?:there|here|in (?:the|this|that) (?:building|complex"
                            + "|community|neighbou?rhood|area|apartments?))\\b"));

    private FairHousingRules() {
    }
}
