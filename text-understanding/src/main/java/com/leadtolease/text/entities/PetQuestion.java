package com.leadtolease.text.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constraint a pet question sets: "do you allow dogs over 50 pounds?" (a dog heavier than 50 lb), "can I have
 * three cats?" (three pets), "is a German Shepherd ok?" (a breed, so a dog). Every field is null when the question
 * does not say it.
 *
 * @param species     canonical species, as {@link Entities#pets()} names them
 * @param weightLbs   the pet's weight as asked
 * @param heavierThan true for "over / more than / heavier than N lb": the limit must be above N, not just N
 * @param count       how many pets
 * @param breed       a dog breed, as a property's restricted-breeds list names it
 */
public record PetQuestion(String species, Integer weightLbs, boolean heavierThan, Integer count, String breed) {

    private static final Pattern WEIGHT = Pattern.compile("\\b(?:(over|above|more than|heavier than|bigger than"
            + "|larger than|greater than|at least|up to|under|about|around|nearly|almost)\\s+)?(\\d{1,3}|"
            + NumberWords.SMALL + ")(?:[\\s-]*(?:\\+|plus))?[\\s-]*(?:lbs?\\b\\.?|pounds?\\b|pound\\b)");
    private static final Pattern COUNT = Pattern.compile("\\b(\\d|two|three|four|five|several|multiple|more than one)"
            + "\\s+(?:\\w+\\s+)?(?:pets|dogs|cats|animals)\\b|\\b(?:a|one)\\s+(?:dog|cat)\\s+and\\s+(?:a|one)\\s+(?:dog|cat)"
            + "\\b");
    private static final Map<String, String> BREEDS = new LinkedHashMap<>();

    static {
        BREEDS.put("pit ?bulls?|pitties|pittie|staffordshire|am ?staffs?", "Pit Bull Terrier");
        BREEDS.put("rottweilers?|rotties?", "Rottweiler");
        BREEDS.put("dobermans?|doberman pinschers?|dobies?", "Doberman Pinscher");
        BREEDS.put("chow chows?|chows?", "Chow Chow");
        BREEDS.put("akitas?", "Akita");
        BREEDS.put("wolf[- ]?(?:hybrids?|dogs?|mix(?:es)?)|wolves", "Wolf hybrid");
        BREEDS.put("german shepherds?|shepherds?", "German Shepherd");
        BREEDS.put("husk(?:y|ies)", "Siberian Husky");
        BREEDS.put("great danes?", "Great Dane");
        BREEDS.put("mastiffs?", "Mastiff");
        BREEDS.put("boxers?", "Boxer");
        BREEDS.put("golden retrievers?|goldens?", "Golden Retriever");
        BREEDS.put("labs?|labradors?|labrador retrievers?", "Labrador Retriever");
        BREEDS.put("bulldogs?|frenchies?", "Bulldog");
        BREEDS.put("poodles?|doodles?|goldendoodles?|labradoodles?", "Poodle");
    }

    private static final PetExtractor SPECIES = new PetExtractor();

    /** Reads a question; {@link #asksAnything()} is false when it sets no constraint. */
    public static PetQuestion read(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        String breed = breed(lower).orElse(null);
        List<String> species = SPECIES.mentioned(lower);
        String first = species.isEmpty() ? (breed != null ? "dog" : null) : species.get(0);
        Integer weight = null;
        boolean heavier = false;
        Matcher weighs = WEIGHT.matcher(lower);
        if (weighs.find()) {
            weight = number(weighs.group(2));
            String qualifier = weighs.group(1);
            heavier = qualifier != null && !qualifier.equals("up to") && !qualifier.equals("under")
                    && !qualifier.equals("about") && !qualifier.equals("around") && !qualifier.equals("nearly")
                    && !qualifier.equals("almost") && !qualifier.equals("at least")
                    || weighs.group(0).contains("+") || weighs.group(0).contains("plus");
        }
        return new PetQuestion(first, weight, heavier, count(lower), breed);
    }

    public boolean asksAnything() {
        return weightLbs != null || count != null || breed != null;
    }

    /** The lowest weight limit that takes the pet asked about. */
    public Integer weightNeeded() {
        return weightLbs == null ? null : heavierThan ? weightLbs + 1 : weightLbs;
    }

    private static Integer count(String lower) {
        Matcher matcher = COUNT.matcher(lower);
        if (!matcher.find()) {
            return null;
        }
        String amount = matcher.group(1);
        if (amount == null) {
            return 2;
        }
        return switch (amount) {
            case "several", "multiple", "more than one" -> 2;
            default -> amount.chars().allMatch(Character::isDigit) ? Integer.parseInt(amount) : NumberWords.parse(amount);
        };
    }

    private static Optional<String> breed(String lower) {
        return BREEDS.entrySet().stream()
                .filter(entry -> Pattern.compile("\\b(?:" + entry.getKey() + ")\\b").matcher(lower).find())
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private static int number(String digitsOrWord) {
        return Character.isDigit(digitsOrWord.charAt(0)) ? Integer.parseInt(digitsOrWord)
                : NumberWords.parse(digitsOrWord);
    }
}
