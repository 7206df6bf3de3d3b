package com.leadtolease.text.entities;

import com.leadtolease.text.cue.CuedPattern;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads wanted amenities as canonical snake_case names, in order of first mention; "don't need a pool" is skipped. */
final class PreferenceExtractor {

    private static final Map<String, CuedPattern> AMENITIES = new LinkedHashMap<>();

    static {
        AMENITIES.put("parking", amenity(List.of("parking", "garage", "carport", "spot"),
                "parking|garages?|carports?|covered spots?|assigned spots?"));
        AMENITIES.put("washer_dryer", amenity(List.of("washer", "dryer", "/", "&", "laundry"),
                "washers?(?:\\s*(?:/|and|&|\\+)\\s*dryers?)?|dryers?|w\\s?/\\s?d|w&d"
                + "|in[\\s-]unit laundry|laundry in(?: the)? unit"));
        AMENITIES.put("pool", amenity(List.of("pool", "swimming"),
                "pools?|swimming|resort[\\s-]style pool"));
        AMENITIES.put("gym", amenity(List.of("gym", "fitness", "workout"),
                "gym|fitness (?:center|centre|room)|workout room|fitness"));
        AMENITIES.put("furnished", amenity(List.of("furnished"),
                "(?<!un)furnished"));
        AMENITIES.put("balcony", amenity(List.of("balcon", "patio", "terrace"),
                "balcon(?:y|ies)|patios?|terraces?"));
        AMENITIES.put("dishwasher", amenity(List.of("dishwasher"),
                "dishwashers?"));
        AMENITIES.put("elevator", amenity(List.of("elevator"),
                "elevators?"));
        AMENITIES.put("gated", amenity(List.of("gated", "access"),
                "gated(?: community)?|controlled access|access gates?"));
        AMENITIES.put("ev_charging", amenity(List.of("charg"),
                "ev charg(?:ing|ers?)|electric (?:vehicle|car) charg(?:ing|ers?)"
                + "|car charg(?:ing|ers?)|charging stations?|tesla chargers?"));
        AMENITIES.put("yard", amenity(List.of("yard"),
                "(?:back|front|fenced|private)?\\s?yards?"));
        AMENITIES.put("dog_park", amenity(List.of("park", "dog run"),
                "dog parks?|pet parks?|dog runs?|bark parks?"));
        AMENITIES.put("near_transit", amenity(List.of("transit", "rail", "metro", "bus", "train", "public trans"),
                "(?:near|close to|walking distance to|by) (?:the )?(?:transit|light rail"
                + "|rail|metro|metrorail|bus(?: stop| line)?|train)|public (?:transit|transportation)|light rail"
                + "|metrorail"));
        AMENITIES.put("hardwood_floors", amenity(List.of("hardwood", "wood floor"),
                "hardwoods?(?: floors?| flooring)?|wood floors?|wood flooring"));
        AMENITIES.put("central_air", amenity(List.of("central"),
                "central (?:air|a/?c|heat and air|heating and air)"));
    }

    private static final Pattern NOT_WANTED = Pattern.compile("(?:don't|dont|do not|doesn't|won't) (?:need|want|care"
            + " about)(?: a| an| any| the)?\\s+$|\\bno need for(?: a| an)?\\s+$|\\bnot (?:interested in|looking for)"
            + "(?: a| an)?\\s+$");

    /** Every pattern with its cues, so a test can check that no match is ever skipped by its cue check. */
    static Map<String, CuedPattern> patterns() {
        return Map.copyOf(AMENITIES);
    }

    List<String> extract(String lowerText) {
        Map<String, Integer> firstMention = new HashMap<>();
        AMENITIES.forEach((name, amenity) -> {
            if (!amenity.mayMatch(lowerText)) {
                return;
            }
            Matcher matcher = amenity.pattern().matcher(lowerText);
            while (matcher.find()) {
                String before = lowerText.substring(Math.max(0, matcher.start() - 30), matcher.start());
                if (!NOT_WANTED.matcher(before).find()) {
                    firstMention.put(name, matcher.start());
                    break;
                }
            }
        });
        return firstMention.keySet().stream().sorted(Comparator.comparing(firstMention::get)).toList();
    }

    private static CuedPattern amenity(List<String> cues, String words) {
        return CuedPattern.of(cues, "\\b(?:" + words + ")\\b");
    }
}
