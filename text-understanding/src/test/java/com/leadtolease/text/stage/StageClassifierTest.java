package com.leadtolease.text.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leadtolease.text.normalize.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StageClassifierTest {

    private static final StageClassifier CLASSIFIER = new StageClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Your application approved! Congrats|AGENT|APPROVAL",
        "Great news, your application has been approved|AGENT|APPROVAL",
        "We'd love for you to renew your lease|AGENT|RENEWAL",
        "Can I renew for 6 months?|LEAD|RENEWAL",
        "What's the application fee?|LEAD|APPLYING",
        "Do you need pay stubs?|LEAD|APPLYING",
        "Can I schedule a tour Saturday?|LEAD|TOURING",
        "Your tour is confirmed for 2 PM|AGENT|TOURING",
        "When can I pick up my keys?|LEAD|POST_CLOSE",
        "I put in a maintenance request yesterday|LEAD|POST_CLOSE",
        "Those two are my favorites|LEAD|SELECTING_FAVORITES",
        "Here are three options in Katy under $1,600|AGENT|SENDING_LIST",
    })
    void strongKeywordsDecideByRule(String text, Role role, Stage stage) {
        assertThat(CLASSIFIER.classify(text, role))
                .isEqualTo(new StageClassification(stage, StageRules.CONFIDENCE, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hi, I need a 2 bedroom around 1500 with my dog|LEAD|QUALIFYING",
        "How many bedrooms and what is your budget?|AGENT|QUALIFYING",
        "I like the second one the best|LEAD|SELECTING_FAVORITES",
        "What times can I come see the apartment?|LEAD|TOURING",
        "The dishwasher is leaking, can someone fix it?|LEAD|POST_CLOSE",
        "Are there any more listings in Cypress?|LEAD|SENDING_LIST",
    })
    void otherwiseTheModelDecides(String text, Role role, Stage stage) {
        StageClassification classification = CLASSIFIER.classify(text, role);

        assertThat(classification.stage()).isEqualTo(stage);
        assertThat(classification.byRule()).isFalse();
        assertThat(classification.confidence()).isBetween(0.125, 1.0);
    }

    @Test
    void aRoleIsOptional() {
        assertThat(CLASSIFIER.classify("Do you have anything under 1400 for June?", null).stage())
                .isEqualTo(Stage.QUALIFYING);
    }

    @Test
    void aThreadIsAtTheFurthestStageItsConfidentMessagesReached() {
        List<StageClassification> messages = List.of(
                new StageClassification(Stage.QUALIFYING, 0.9, false),
                new StageClassification(Stage.TOURING, 0.95, true),
                new StageClassification(Stage.SENDING_LIST, 0.8, false),
                new StageClassification(Stage.RENEWAL, 0.3, false));

        assertThat(StageClassifier.threadStage(messages)).isEqualTo(Stage.TOURING);
        assertThat(StageClassifier.threadStage(List.of())).isEqualTo(Stage.QUALIFYING);
    }

    @Test
    void trainsOnAnyLabelledSet() {
        StageClassifier tiny = new StageClassifier(List.of(
                new LabelledExample(Stage.QUALIFYING, Role.LEAD, "what is the budget"),
                new LabelledExample(Stage.POST_CLOSE, Role.LEAD, "the sink drips")));

        assertThat(tiny.classify("my sink drips", Role.LEAD).stage()).isEqualTo(Stage.POST_CLOSE);
        assertThatThrownBy(() -> new StageClassifier(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stagesHaveWireNamesInOrder() {
        assertThat(Stage.values()).extracting(Stage::wireName).containsExactly("qualifying", "sending_list",
                "selecting_favorites", "touring", "applying", "approval", "post_close", "renewal");
        assertThat(Stage.fromWireName(" Post_Close ")).isEqualTo(Stage.POST_CLOSE);
        assertThatThrownBy(() -> Stage.fromWireName("closing")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown stage: closing");
    }
}
