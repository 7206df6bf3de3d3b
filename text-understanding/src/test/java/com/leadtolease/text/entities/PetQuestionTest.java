package com.leadtolease.text.entities;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PetQuestionTest {

    @Test
    void aWeightOverALimitNeedsAHigherLimit() {
        PetQuestion question = PetQuestion.read("Do you allow dogs over 50 pounds?");

        assertThat(question).isEqualTo(new PetQuestion("dog", 50, true, null, null));
        assertThat(question.weightNeeded()).isEqualTo(51);
        assertThat(PetQuestion.read("I have a 70 lb lab, is that ok?").weightNeeded()).isEqualTo(70);
        assertThat(PetQuestion.read("can I bring my 65-pound dog").weightNeeded()).isEqualTo(65);
        assertThat(PetQuestion.read("Is a fifty pound dog fine?").weightNeeded()).isEqualTo(50);
        assertThat(PetQuestion.read("dogs 80+ lbs?").weightNeeded()).isEqualTo(81);
    }

    @Test
    void aBreedIsADogAndACountIsPets() {
        assertThat(PetQuestion.read("Do you accept pit bulls?")).isEqualTo(new PetQuestion("dog", null, false, null,
                "Pit Bull Terrier"));
        assertThat(PetQuestion.read("Is a German Shepherd ok?").breed()).isEqualTo("German Shepherd");
        assertThat(PetQuestion.read("Can I have three cats?").count()).isEqualTo(3);
        assertThat(PetQuestion.read("can we bring 2 dogs").count()).isEqualTo(2);
        assertThat(PetQuestion.read("I have a dog and a cat, is that allowed?").count()).isEqualTo(2);
    }

    @Test
    void aPlainPetQuestionSetsNoConstraint() {
        assertThat(PetQuestion.read("Do you allow pets?").asksAnything()).isFalse();
        assertThat(PetQuestion.read("Is there a dog park?").asksAnything()).isFalse();
        assertThat(PetQuestion.read("What's the rent for 2 bedrooms?").asksAnything()).isFalse();
    }
}
