package com.leadtolease.text.stage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Measures the stage classifier honestly: a fixed seeded shuffle of the bundled labelled set, training on 80 % and
 * scoring on the held-out 20 %. After a build, run it with
 * {@code java -cp text-understanding/target/classes com.leadtolease.text.stage.StageClassifierEvaluation}; the unit
 * test {@code StageClassifierEvaluationTest} asserts its floor.
 */
public final class StageClassifierEvaluation {

    public static final long SEED = 20250121L;
    public static final double TRAIN_SHARE = 0.8;

    /**
     * @param accuracy          share of held-out messages labelled correctly by rules plus model
     * @param modelOnlyAccuracy the same for the model without the rules
     * @param confusion         expected stage → predicted stage → count (rules plus model)
     */
    public record Result(int trainSize, int testSize, double accuracy, double modelOnlyAccuracy,
                         Map<Stage, Map<Stage, Integer>> confusion) {
    }

    private StageClassifierEvaluation() {
    }

    public static Result evaluate(List<LabelledExample> examples, long seed) {
        List<LabelledExample> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(seed));
        int trainSize = (int) Math.round(shuffled.size() * TRAIN_SHARE);
        List<LabelledExample> train = shuffled.subList(0, trainSize);
        List<LabelledExample> test = shuffled.subList(trainSize, shuffled.size());

        StageClassifier classifier = new StageClassifier(train);
        Map<Stage, Map<Stage, Integer>> confusion = new EnumMap<>(Stage.class);
        int correct = 0;
        int modelCorrect = 0;
        for (LabelledExample example : test) {
            Stage predicted = classifier.classify(example.text(), example.role()).stage();
            confusion.computeIfAbsent(example.stage(), stage -> new EnumMap<>(Stage.class))
                    .merge(predicted, 1, Integer::sum);
            correct += predicted == example.stage() ? 1 : 0;
            modelCorrect += classifier.classifyWithModelOnly(example.text(), example.role()).stage() == example.stage()
                    ? 1 : 0;
        }
        return new Result(train.size(), test.size(), correct / (double) test.size(),
                modelCorrect / (double) test.size(), confusion);
    }

    public static void main(String[] args) {
        Result result = evaluate(TrainingData.bundled(), SEED);
        System.out.printf("Stage classifier, seeded 80/20 split (seed %d): trained on %d, tested on %d%n",
                SEED, result.trainSize(), result.testSize());
        System.out.printf("Held-out accuracy (rules + model): %.3f%n", result.accuracy());
        System.out.printf("Held-out accuracy (model only):    %.3f%n", result.modelOnlyAccuracy());
        System.out.println("Per stage: correct/total, then what the misses were labelled");
        result.confusion().forEach((expected, predictions) -> {
            int total = predictions.values().stream().mapToInt(Integer::intValue).sum();
            int right = predictions.getOrDefault(expected, 0);
            String misses = predictions.entrySet().stream()
                    .filter(prediction -> prediction.getKey() != expected)
                    .map(prediction -> prediction.getKey().wireName() + "=" + prediction.getValue())
                    .collect(Collectors.joining(", "));
            System.out.printf("  %-20s %3d/%-3d %s%n", expected.wireName(), right, total,
                    misses.isEmpty() ? "" : "missed as " + misses);
        });
    }
}
