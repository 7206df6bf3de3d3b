package com.leadtolease.agent.config;

import com.leadtolease.text.entities.EntityExtractor;
import com.leadtolease.text.pii.PiiRedactor;
import com.leadtolease.text.stage.StageClassifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The shared text library's components as beans: one extractor, redactor and classifier per service. */
public class TextUnderstandingProducer {

    @Produces
    @Singleton
    EntityExtractor entityExtractor() {
        return new EntityExtractor();
    }

    @Produces
    @Singleton
    PiiRedactor piiRedactor(AgentConfig config) {
        return new PiiRedactor(config.piiHashSecret());
    }

    @Produces
    @Singleton
    StageClassifier stageClassifier() {
        return new StageClassifier();
    }
}
