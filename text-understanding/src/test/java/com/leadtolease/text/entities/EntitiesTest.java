package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {

    @Test
    void newerValuesWinAndListsAreUnited() {
        Entities older = new Entities(1500, 1, LocalDate.of(2025, 6, 1), List.of("cat"), List.of("Katy"),
                List.of("pool"), "Ana", "ana@example.com", null);
        Entities newer = new Entities(1800, null, null, List.of("dog", "cat"), List.of("Cypress", "Katy"),
                List.of("parking"), null, null, "713-555-0100");

        assertThat(older.merge(newer)).isEqualTo(new Entities(1800, 1, LocalDate.of(2025, 6, 1),
                List.of("cat", "dog"), List.of("Katy", "Cypress"), List.of("pool", "parking"), "Ana",
                "ana@example.com", "713-555-0100"));
    }

    @Test
    void petsStayUnknownOnlyWhenNeitherMentionedThem() {
        Entities noPets = new Entities(null, null, null, List.of(), null, null, null, null, null);

        assertThat(Entities.NONE.merge(Entities.NONE).pets()).isNull();
        assertThat(Entities.NONE.merge(noPets).pets()).isEmpty();
        assertThat(noPets.merge(Entities.NONE).pets()).isEmpty();
    }

    @Test
    void nullListsOfAreasAndPreferencesBecomeEmpty() {
        Entities entities = new Entities(null, null, null, null, null, null, null, null, null);

        assertThat(entities).isEqualTo(Entities.NONE);
        assertThat(entities.areas()).isEmpty();
        assertThat(entities.preferences()).isEmpty();
    }
}
