package com.leadtolease.agent.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Answers "is there a pool?" from the property's amenity list: which of the features asked about it has, and which it
 * does not list. A question naming no particular feature gets the whole list.
 */
final class AmenityAnswers {

    /** A feature prospects ask about: how they ask for it, and how an amenity list names it. */
    record Feature(String name, Pattern asked, Pattern listed) {
        Feature(String name, String pattern) {
            this(name, Pattern.compile(pattern), Pattern.compile(pattern));
        }
    }

    private static final List<Feature> FEATURES = List.of(
            new Feature("a pool", "\\bpools?\\b"),
            new Feature("a gym", "\\bgym\\b|\\bfitness\\b"),
            new Feature("a washer and dryer", Pattern.compile("\\bwasher\\b|\\bdryer\\b|\\bw/d\\b"),
                    Pattern.compile("\\bwasher\\b|\\bdryer\\b|\\bw/d\\b|\\blaundry\\b")),
            new Feature("laundry", Pattern.compile("\\blaundry\\b"),
                    Pattern.compile("\\blaundry\\b|\\bwasher\\b")),
            new Feature("a balcony or patio", "\\bbalcon\\w*|\\bpatios?\\b"),
            new Feature("an elevator", "\\belevators?\\b"),
            new Feature("a playground", "\\bplaygrounds?\\b"),
            new Feature("a clubhouse", "\\bclubhouse\\b"),
            new Feature("a dog park", "\\b(?:dog|pet) park\\b"),
            new Feature("storage", "\\bstorage\\b"),
            new Feature("a dishwasher", "\\bdishwashers?\\b"),
            new Feature("furnished homes", "\\bfurnished\\b"),
            new Feature("air conditioning", "\\bair conditioning\\b|\\bcentral air\\b|\\ba/c\\b"));

    private AmenityAnswers() {
    }

    static String answer(String name, List<String> amenities, String question) {
        List<String> has = new ArrayList<>();
        List<String> lacks = new ArrayList<>();
        askedAbout(question).forEach(feature -> (listed(amenities, feature) ? has : lacks).add(feature.name()));
        if (has.isEmpty() && lacks.isEmpty()) {
            return list(name, amenities);
        }
        StringBuilder answer = new StringBuilder();
        if (!has.isEmpty()) {
            answer.append("Yes, ").append(name).append(" has ").append(FactSummary.joined(has, "and")).append(". ");
        }
        if (!lacks.isEmpty()) {
            answer.append("I don't see ").append(FactSummary.joined(lacks, "or")).append(" among the amenities of ")
                    .append(name).append(". ");
        }
        return answer.append(list(name, amenities)).toString().strip();
    }

    static String list(String name, List<String> amenities) {
        return amenities == null || amenities.isEmpty() ? ""
                : "Amenities at " + name + ": " + String.join(", ", amenities) + ".";
    }

    /** The features a question names ("is there a pool and a gym?"), none for "what amenities do you have?". */
    static List<Feature> askedAbout(String question) {
        String asked = question == null ? "" : question.toLowerCase(Locale.ROOT);
        return FEATURES.stream().filter(feature -> feature.asked().matcher(asked).find()).toList();
    }

    static boolean listed(List<String> amenities, Feature feature) {
        return amenities != null && amenities.stream()
                .anyMatch(amenity -> feature.listed().matcher(amenity.toLowerCase(Locale.ROOT)).find());
    }
}
