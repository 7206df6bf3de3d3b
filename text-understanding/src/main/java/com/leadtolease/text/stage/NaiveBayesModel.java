package com.leadtolease.text.stage;

import com.leadtolease.text.normalize.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Multinomial naive Bayes with Laplace smoothing over a message's features: lower-cased word unigrams (without
 * function words) and bigrams, crudely stemmed ("tours", "touring" → "tour"), plus the author's role. Each feature
 * counts once per message, which suits short chat messages better than raw counts. Amounts and numbers become
 * placeholder words so "$1,450" and "$1,800" are the same feature.
 */
final class NaiveBayesModel {

    private static final double LAPLACE = 1.0;

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "to", "of", "and", "or", "is", "it",
            "for", "in", "on", "at", "be", "you", "your", "i", "we", "me", "my", "our", "this", "that", "these",
            "those", "are", "was", "with", "can", "do", "have", "if", "so", "just", "there", "here", "what", "any",
            "some");

    private final Map<Stage, Integer> examplesPerStage = new EnumMap<>(Stage.class);
    private final Map<Stage, Map<String, Integer>> featureCounts = new EnumMap<>(Stage.class);
    private final Map<Stage, Integer> featureTotals = new EnumMap<>(Stage.class);
    private final Set<String> vocabulary = new HashSet<>();
    private final int exampleCount;

    NaiveBayesModel(List<LabelledExample> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("Cannot train a stage model on no examples");
        }
        for (LabelledExample example : examples) {
            examplesPerStage.merge(example.stage(), 1, Integer::sum);
            Map<String, Integer> counts = featureCounts.computeIfAbsent(example.stage(), stage -> new HashMap<>());
            for (String feature : features(example.text(), example.role())) {
                counts.merge(feature, 1, Integer::sum);
                featureTotals.merge(example.stage(), 1, Integer::sum);
                vocabulary.add(feature);
            }
        }
        this.exampleCount = examples.size();
    }

    /** The most probable stage and its posterior probability; features never seen in training are ignored. */
    StageClassification classify(String text, Role role) {
        List<String> features = features(text, role).stream().filter(vocabulary::contains).toList();
        Map<Stage, Double> logScores = new EnumMap<>(Stage.class);
        for (Stage stage : examplesPerStage.keySet()) {
            Map<String, Integer> counts = featureCounts.get(stage);
            double denominator = featureTotals.getOrDefault(stage, 0) + LAPLACE * vocabulary.size();
            double score = Math.log(examplesPerStage.get(stage) / (double) exampleCount);
            for (String feature : features) {
                score += Math.log((counts.getOrDefault(feature, 0) + LAPLACE) / denominator);
            }
            logScores.put(stage, score);
        }
        Stage best = logScores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        double bestScore = logScores.get(best);
        double sumOfRatios = logScores.values().stream().mapToDouble(score -> Math.exp(score - bestScore)).sum();
        return new StageClassification(best, 1.0 / sumOfRatios, false);
    }

    private static final Pattern MONEY = Pattern.compile("\\$\\s?\\d[\\d,]*(?:\\.\\d+)?k?");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    static Set<String> features(String text, Role role) {
        String lower = NUMBER.matcher(MONEY.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" money "))
                .replaceAll(" number ")
                .replace("'", "");
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTERS.split(lower)) {
            if (!word.isEmpty()) {
                words.add(stem(word));
            }
        }
        Set<String> features = new LinkedHashSet<>();
        words.stream().filter(word -> !FUNCTION_WORDS.contains(word)).forEach(features::add);
        for (int i = 1; i < words.size(); i++) {
            features.add(words.get(i - 1) + " " + words.get(i));
        }
        if (role != null) {
            features.add("role=" + role.wireName());
        }
        return features;
    }

    /** Strips one of the endings -ing, -ed, -es, -s from words longer than four letters. */
    private static String stem(String word) {
        if (word.length() <= 4) {
            return word;
        }
        if (word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") || word.endsWith("es")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
