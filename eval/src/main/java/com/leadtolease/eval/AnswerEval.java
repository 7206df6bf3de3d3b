package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Each question in a fresh conversation (about its property when it names one), sorted by {@link AnswerClassifier}. */
final class AnswerEval {

    private final Api api;

    AnswerEval(Api api) {
        this.api = api;
    }

    ObjectNode run(List<JsonNode> questions) {
        ObjectNode section = Jsonl.JSON.createObjectNode().put("questions", questions.size());
        var wrong = section.putArray("wrong");
        var deferredExpectedAnswer = section.putArray("deferredButAnswerable");
        ObjectNode byTopic = section.putObject("byTopic");
        int correct = 0;
        int deferred = 0;
        int wrongCount = 0;
        for (JsonNode question : questions) {
            String propertyId = question.path("propertyId").isTextual() ? question.path("propertyId").asText() : null;
            AnswerClassifier.Verdict verdict;
            String reply;
            try {
                JsonNode answer = api.askInFreshSession(propertyId, question.path("question").asText());
                reply = answer.path("reply").asText("");
                verdict = AnswerClassifier.classify(question.path("expect").asText("answer"),
                        Jsonl.strings(question.path("mustContain")), Jsonl.strings(question.path("mustNotContain")),
                        reply, Outcome.of(answer) == Outcome.HANDOFF);
            } catch (Exception e) {
                reply = "ERROR " + e.getMessage();
                verdict = AnswerClassifier.Verdict.WRONG;
            }
            String topic = question.path("topic").asText("other");
            Jsonl.count(byTopic, topic, "questions", "questions", "correct", "deferred", "wrong");
            Jsonl.count(byTopic, topic, verdict.name().toLowerCase(java.util.Locale.ROOT));
            String line = question.path("id").asText() + " [" + (propertyId == null ? "no property" : propertyId) + ", expect "
                    + question.path("expect").asText("answer") + "] \"" + question.path("question").asText() + "\" -> \""
                    + GuardrailEval.clip(reply) + "\"";
            switch (verdict) {
                case CORRECT -> correct++;
                case DEFERRED -> {
                    deferred++;
                    if (!"defer".equals(question.path("expect").asText())) {
                        deferredExpectedAnswer.add(line);
                    }
                }
                case WRONG -> {
                    wrongCount++;
                    wrong.add(line);
                }
            }
        }
        section.put("correct", correct).put("deferred", deferred).put("wrongCount", wrongCount);
        Double ok = Scores.share(correct + deferred, questions.size());
        if (ok != null) {
            section.put("correctOrDeferredShare", ok);
        }
        return section;
    }
}
