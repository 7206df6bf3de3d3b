package com.leadtolease.text.entities;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads wanted amenities as canonical snake_case names, in order of first mention; "don't need a pool" is skipped. */
final class PreferenceExtractor {

    private static final Map<String, Pattern> AMENITIES = new LinkedHashMap<>();

    static {
        AMENITIES.put("parking", amenity("parking|garages?|carports?|covered spots?|assigned spots?"));
        AMENITIES.put("washer_dryer", amenity("washers?(?:\\s*(?:/|and|&|\\+)\\s*dryers?)?|dryers?|w\\s?/\\s?d|w&d"
                + "|in[\\s-]unit laundry|laundry in(?: the)? unit"));
        AMENITIES.put("pool", amenity("pools?|swimming|resort[\\s-]style pool"));
        AMENITIES.put("gym", amenity("gym|fitness (?:center|centre|room)|workout room|fitness"));
        AMENITIES.put("furnished", amenity("(?<!un)furnished"));
        AMENITIES.put("balcony", amenity("balcon(?:y|ies)|patios?|terraces?"));
        AMENITIES.put("dishwasher", amenity("dishwashers?"));
        AMENITIES.put("elevator", amenity("elevators?"));
        AMENITIES.put("gated", amenity("gated(?: community)?|controlled access|access gates?"));
        AMENITIES.put("ev_charging", amenity("ev charg(?:ing|ers?)|electric (?:vehicle|car) charg(?:ing|ers?)"
                + "|car charg(?:ing|ers?)|charging stations?|tesla chargers?"));
        AMENITIES.put("yard", amenity("(?:back|front|fenced|private)?\\s?yards?"));
        AMENITIES.put("dog_park", amenity("dog parks?|pet parks?|dog runs?|bark parks?"));
        AMENITIES.put("near_transit", amenity("(?:near|close to|walking distance to|by) (?:the )?(?:transit|light rail"
                + "|rail|metro|metrorail|bus(?: stop| line)?|train)|public (?:transit|transportation)|light rail"
                + "|metrorail"));
        AMENITIES.put("hardwood_floors", amenity("hardwoods?(?: floors?| flooring)?|wood floors?|wood flooring"));
        AMENITIES.put("central_air", amenity("central (?:air|a/?c|heat and air|heating and air)"));
    }

    private static final Pattern NOT_WANTED = Pattern.compile("(?:don't|dont|do not|doesn't|won't) (?:need|want|care"
            + " about)(?: a| an| any| the)?\\s+$|\\bno need for(?: a| an)?\\s+$|\\bnot (?:interested in|looking for)"
            + "(?: a| an)?\\s+$");

    List<String> extract(String lowerText) {
        Map<String, Integer> firstMention = new HashMap<>();
        AMENITIES.forEach((name, pattern) -> {
            Matcher matcher = pattern.matcher(lowerText);
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

    private static Pattern amenity(String words) {
        return Pattern.compile("\\b(?:" + words + ")\\b");
    }
}
