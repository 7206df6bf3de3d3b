package com.leadtolease.text.stage;

import com.leadtolease.text.normalize.Role;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Labels a message with its {@link Stage}: strong keyword rules first ("application approved" → approval, "renew
 * your lease" → renewal), otherwise a naive Bayes model trained at construction on labelled messages.
 */
public final class StageClassifier {

    /** Messages the model labels with less confidence than this do not move a thread forward. */
    static final double THREAD_CONFIDENCE_FLOOR = 0.5;

    private final NaiveBayesModel model;

    /** Trained on the labelled set shipped with this library. */
    public StageClassifier() {
        this(TrainingData.bundled());
    }

    public StageClassifier(List<LabelledExample> trainingExamples) {
        this.model = new NaiveBayesModel(trainingExamples);
    }

    /** @param role who wrote the message, or null when unknown */
    public StageClassification classify(String text, Role role) {
        return StageRules.match(text)
                .map(stage -> new StageClassification(stage, StageRules.CONFIDENCE, true))
                .orElseGet(() -> model.classify(text, role));
    }

    /** The model's answer alone, ignoring the rules; used to measure the model. */
    StageClassification classifyWithModelOnly(String text, Role role) {
        return model.classify(text, role);
    }

    /**
     * A thread's stage: the furthest stage its messages reached, counting only confident labels; qualifying for a
     * thread with none.
     */
    public static Stage threadStage(Collection<StageClassification> messageStages) {
        return messageStages.stream()
                .filter(classification -> classification.confidence() >= THREAD_CONFIDENCE_FLOOR)
                .map(StageClassification::stage)
                .max(Comparator.naturalOrder())
                .orElse(Stage.QUALIFYING);
    }
}
