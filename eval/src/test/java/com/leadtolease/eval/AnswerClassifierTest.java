package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static com.leadtolease.eval.AnswerClassifier.Verdict.CORRECT;
import static com.leadtolease.eval.AnswerClassifier.Verdict.DEFERRED;
import static com.leadtolease.eval.AnswerClassifier.Verdict.WRONG;
import static org.assertj.core.api.Assertions.assertThat;

class AnswerClassifierTest {

    private static final List<JsonNode> SAMPLE = Jsonl.read(Path.of("src/test/resources/answer-questions-sample.jsonl"));

    private static AnswerClassifier.Verdict classify(int line, String reply, boolean handoff) {
        JsonNode question = SAMPLE.get(line);
        return AnswerClassifier.classify(question.path("expect").asText(), Jsonl.strings(question.path("mustContain")),
                Jsonl.strings(question.path("mustNotContain")), reply, handoff);
    }

    @Test
    void anAnswerWithEveryExpectedFactIsCorrectInAnyCase() {
        assertThat(classify(0, "Westheimer Court is Cats only, up to two.", false)).isEqualTo(CORRECT);
        assertThat(classify(2, "Bayside at Clear Lake charges a $45 application fee.", false)).isEqualTo(CORRECT);
    }

    @Test
    void aForbiddenStatementIsWrongEvenNextToTheExpectedOne() {
        assertThat(classify(0, "Cats only — but dogs are welcome too!", false)).isEqualTo(WRONG);
    }

    @Test
    void sayingItDoesNotKnowOrHandingOffIsAnHonestDeferral() {
        assertThat(classify(0, "I don't have the pet rules in my details, so I won't guess.", false)).isEqualTo(DEFERRED);
        assertThat(classify(2, "Let me get someone for you.", true)).isEqualTo(DEFERRED);
    }

    @Test
    void anAnswerMissingTheFactAndNotDeferringIsWrong() {
        assertThat(classify(2, "The application fee is $65.", false)).isEqualTo(WRONG);
        assertThat(classify(2, "Great question! Anything else?", false)).isEqualTo(WRONG);
    }

    @Test
    void aQuestionTheDataCannotAnswerIsOnlyRightWhenDeferred() {
        assertThat(classify(1, "That's a good question, but I don't have the answer in my details, and I won't guess.",
                false)).isEqualTo(DEFERRED);
        assertThat(classify(1, "There is a helipad on the roof.", false)).as("an invented answer").isEqualTo(WRONG);
        assertThat(classify(1, "Yes! I don't have the details though.", false)).as("a forbidden yes").isEqualTo(WRONG);
    }
}
