package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FactsTest {

    private static JsonNode json(String text) throws Exception {
        return Jsonl.JSON.readTree(text);
    }

    @Test
    void phonesCompareByDigitsWithoutTheUsCountryCode() throws Exception {
        assertThat(Facts.normalise("phone", json("\"+1 (713) 555-0142\""))).isEqualTo("7135550142");
        assertThat(Facts.normalise("phone", json("\"713.555.0142\""))).isEqualTo("7135550142");
    }

    @Test
    void petsAndAreasAreSetsPetsSingularAreasWithoutALeadingThe() throws Exception {
        assertThat(Facts.normalise("pets", json("[\"Cats\",\"dog\",\"cat\"]"))).isEqualTo("cat|dog");
        assertThat(Facts.normalise("areas", json("[\"The Heights\",\"katy\"]")))
                .isEqualTo(Facts.normalise("areas", json("[\"Katy\",\"heights\"]")));
        assertThat(Facts.normalise("pets", json("[]"))).isNull();
    }

    @Test
    void numbersDatesAndBlanks() throws Exception {
        assertThat(Facts.normalise("budget", json("1800"))).isEqualTo("1800");
        assertThat(Facts.normalise("budget", json("\"$1,800\""))).isEqualTo("1800");
        assertThat(Facts.normalise("move_date", json("\"2027-03-01T00:00:00Z\""))).isEqualTo("2027-03-01");
        assertThat(Facts.normalise("name", json("\"  Ana   Ruiz \""))).isEqualTo("ana ruiz");
        assertThat(Facts.normalise("email", json("\"\""))).isNull();
        assertThat(Facts.normalise("email", json("null"))).isNull();
    }

    @Test
    void aCrmRecordsMoveDateIsReadAsTheLabelsMoveDate() throws Exception {
        assertThat(Facts.field(json("{\"moveDate\":\"2027-01-15\"}"), "move_date").asText()).isEqualTo("2027-01-15");
        assertThat(Facts.field(json("{\"move_date\":\"2027-01-16\"}"), "move_date").asText()).isEqualTo("2027-01-16");
    }
}
