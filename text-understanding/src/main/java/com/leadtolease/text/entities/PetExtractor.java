package com.leadtolease.text.entities;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the species of a prospect's pets ("my puppy and two cats" → dog, cat). Returns null when pets are not
 * mentioned and an empty list for an explicit "no pets". A negated species ("no dogs") is not a pet.
 */
final class PetExtractor {

    private static final Map<String, Pattern> SPECIES = new LinkedHashMap<>();

    static {
        SPECIES.put("dog", species("dogs?|doggos?|pupp(?:y|ies)|pups?|canines?|retrievers?|labradors?|chihuahuas?"
                + "|german shepherds?|pit ?bulls?|husk(?:y|ies)|poodles?|corgis?|beagles?|bulldogs?|yorkies?"
                + "|dachshunds?|terriers?|doodles?"));
        SPECIES.put("cat", species("cats?|kittens?|kitt(?:y|ies)|felines?"));
        SPECIES.put("bird", species("birds?|parrots?|parakeets?|budgies?|cockatiels?|canar(?:y|ies)"));
        SPECIES.put("fish", species("fish(?:es)?|aquariums?|fish tanks?|goldfish|betta"));
        SPECIES.put("rabbit", species("rabbits?|bunn(?:y|ies)"));
        SPECIES.put("reptile", species("reptiles?|lizards?|snakes?|turtles?|tortoises?|geckos?|iguanas?"
                + "|bearded dragons?"));
        SPECIES.put("small_animal", species("hamsters?|guinea pigs?|gerbils?|ferrets?|chinchillas?"));
    }

    private static final Pattern NEGATED = Pattern.compile(
            "(?:\\bno|\\bnot? (?:a|any)|n't (?:have|own) (?:a|any)|\\bwithout(?: a| any)?|\\bzero)\\s+$");

    private static final Pattern NO_PETS = Pattern.compile("\\bno (?:pets?|animals|furry friends)\\b"
            + "|\\b(?:don't|dont|do not|doesn't|does not|won't|will not) (?:have|own|got|bring) (?:any )?(?:pets?|animals)\\b"
            + "|\\bpet[\\s-]free\\b|\\bwithout (?:any )?pets\\b|\\bzero pets\\b");

    /** Species in order of first mention. */
    List<String> extract(String lowerText) {
        Map<String, Integer> firstMention = new HashMap<>();
        SPECIES.forEach((name, pattern) -> {
            Matcher matcher = pattern.matcher(lowerText);
            while (matcher.find()) {
                String before = lowerText.substring(Math.max(0, matcher.start() - 20), matcher.start());
                if (!NEGATED.matcher(before).find()) {
                    firstMention.put(name, matcher.start());
                    break;
                }
            }
        });
        if (!firstMention.isEmpty()) {
            return firstMention.keySet().stream().sorted(Comparator.comparing(firstMention::get)).toList();
        }
        return NO_PETS.matcher(lowerText).find() ? List.of() : null;
    }

    /** A whole-word species pattern that skips amenities named after animals ("dog park", "pet wash"). */
    private static Pattern species(String words) {
        return Pattern.compile("\\b(?:" + words + ")\\b(?![\\s-]*(?:park|run|wash|spa|station|walker|sitter))");
    }
}
