package com.leadtolease.text.entities;

import com.leadtolease.text.cue.CuedPattern;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the species of a prospect's pets ("my puppy and two cats" → dog, cat). Returns null when pets are not
 * mentioned and an empty list for an explicit "no pets". A negated species ("no dogs") is not a pet, nor is one only
 * asked about ("do you allow dogs?", "takes cats", "dog friendly") or an assistance animal ("my service dog"): that is
 * a reasonable-accommodation matter, not a pet.
 */
final class PetExtractor {

    private static final Map<String, CuedPattern> SPECIES = new LinkedHashMap<>();

    static {
        SPECIES.put("dog", species(List.of("dog", "pup", "canine", "retriever", "labrador", "chihuahua",
                        "shepherd", "pit", "husk", "poodle", "corgi", "beagle", "bulldog", "yorkie", "dachshund",
                        "terrier", "doodle"),
                "dogs?|doggos?|pupp(?:y|ies)|pups?|canines?|retrievers?|labradors?|chihuahuas?"
                + "|german shepherds?|pit ?bulls?|husk(?:y|ies)|poodles?|corgis?|beagles?|bulldogs?|yorkies?"
                + "|dachshunds?|terriers?|doodles?"));
        SPECIES.put("cat", species(List.of("cat", "kitt", "feline"),
                "cats?|kittens?|kitt(?:y|ies)|felines?"));
        SPECIES.put("bird", species(List.of("bird", "parrot", "parakeet", "budgie", "cockatiel", "canar"),
                "birds?|parrots?|parakeets?|budgies?|cockatiels?|canar(?:y|ies)"));
        SPECIES.put("fish", species(List.of("fish", "aquarium", "betta"),
                "fish(?:es)?|aquariums?|fish tanks?|goldfish|betta"));
        SPECIES.put("rabbit", species(List.of("rabbit", "bunn"),
                "rabbits?|bunn(?:y|ies)"));
        SPECIES.put("reptile", species(
                List.of("reptile", "lizard", "snake", "turtle", "tortoise", "gecko", "iguana", "dragon"),
                "reptiles?|lizards?|snakes?|turtles?|tortoises?|geckos?|iguanas?"
                + "|bearded dragons?"));
        SPECIES.put("small_animal", species(List.of("hamster", "guinea pig", "gerbil", "ferret", "chinchilla"),
                "hamsters?|guinea pigs?|gerbils?|ferrets?|chinchillas?"));
    }

    private static final Pattern NEGATED = Pattern.compile(
            "(?:\\bno|\\bnot? (?:a|any)|n't (?:have|own) (?:a|any)|\\bwithout(?: a| any)?|\\bzero)\\s+$");

    /** Policy words before a species: the prospect asks what is allowed ("accept big dogs", "okay with cats"). */
    private static final Pattern ASKED_BEFORE = Pattern.compile("\\b(?:allow(?:s|ed)?|accept(?:s|ed)?|takes?|permits?"
            + "|ok(?:ay)? with|friendly (?:to|for))(?:\\s+(?:a|any|big|large|small|little|multiple|two|2|more"
            + "|medium|large-breed|\\w+-sized))*\\s+$");
    /** Policy words after a species: "dogs allowed?", "dogs over 40 pounds permitted", "dog-friendly". */
    private static final Pattern ASKED_AFTER = Pattern.compile("^(?:[\\s-]*friendly\\b|(?:\\s+(?:over|under|above)"
            + "\\s+\\d+\\s*(?:lbs?|pounds))?\\s+(?:are |is )?(?:allowed|permitted|accepted|welcome|ok|okay)\\b)");
    private static final Pattern ASSISTANCE_BEFORE = Pattern.compile(
            "\\b(?:service|assistance|support|therapy|guide|esa)\\s+$");

    private static final CuedPattern NO_PETS = CuedPattern.of(List.of("pet", "animal", "furry"),
            "\\bno (?:pets?|animals|furry friends)\\b"
            + "|\\b(?:don't|dont|do not|doesn't|does not|won't|will not) (?:have|own|got|bring) (?:any )?(?:pets?|animals)\\b"
            + "|\\bpet[\\s-]free\\b|\\bwithout (?:any )?pets\\b|\\bzero pets\\b");

    /** Every pattern with its cues, so a test can check that no match is ever skipped by its cue check. */
    static Map<String, CuedPattern> patterns() {
        return Map.copyOf(SPECIES);
    }

    /** Species in order of first mention. */
    List<String> extract(String lowerText) {
        Map<String, Integer> firstMention = new HashMap<>();
        SPECIES.forEach((name, species) -> {
            if (!species.mayMatch(lowerText)) {
                return;
            }
            Matcher matcher = species.pattern().matcher(lowerText);
            while (matcher.find()) {
                if (owned(lowerText, matcher)) {
                    firstMention.put(name, matcher.start());
                    break;
                }
            }
        });
        if (!firstMention.isEmpty()) {
            return firstMention.keySet().stream().sorted(Comparator.comparing(firstMention::get)).toList();
        }
        return NO_PETS.find(lowerText) ? List.of() : null;
    }

    /** Every species the text names, owned or only asked about, in order of first mention (pet questions). */
    List<String> mentioned(String lowerText) {
        Map<String, Integer> firstMention = new HashMap<>();
        SPECIES.forEach((name, species) -> {
            Matcher matcher = species.pattern().matcher(lowerText);
            if (species.mayMatch(lowerText) && matcher.find()) {
                firstMention.put(name, matcher.start());
            }
        });
        return firstMention.keySet().stream().sorted(Comparator.comparing(firstMention::get)).toList();
    }

    private static boolean owned(String lowerText, Matcher matcher) {
        String before = lowerText.substring(Math.max(0, matcher.start() - 40), matcher.start());
        String after = lowerText.substring(matcher.end(), Math.min(lowerText.length(), matcher.end() + 40));
        return !NEGATED.matcher(before).find() && !ASSISTANCE_BEFORE.matcher(before).find()
                && !ASKED_BEFORE.matcher(before).find() && !ASKED_AFTER.matcher(after).find();
    }

    /** A whole-word species pattern that skips amenities named after animals ("dog park", "pet wash"). */
    private static CuedPattern species(List<String> cues, String words) {
        return CuedPattern.of(cues,
                "\\b(?:" + words + ")\\b(?![\\s-]*(?:park|run|wash|spa|station|walker|sitter))");
    }
}
