package com.leadtolease.text.stage;

/**
 * The stage a message belongs to.
 *
 * @param confidence 0–1: the model's posterior probability, or 0.95 when a rule decided
 * @param byRule     true when a strong keyword rule decided, false when the trained model did
 */
public record StageClassification(Stage stage, double confidence, boolean byRule) {
}
