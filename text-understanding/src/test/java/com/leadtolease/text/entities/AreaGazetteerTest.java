package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AreaGazetteerTest {

    @Test
    void theHoustonGazetteerKnowsEverySeededArea() {
        AreaGazetteer houston = AreaGazetteer.houston();

        assertThat(houston.find("Katy Cypress Memorial Heights Midtown Montrose Sugarland DT Uptown Pearland "
                + "Woodlands, Spring Branch, Energy Corridor, TMC, Rice Village, River Oaks, Bellaire, "
                + "East Downtown, Spring TX, Humble, Kingwood, Clear Lake, League City, Pasadena, Mo City, Richmond, "
                + "Rosenberg, Tomball, Westchase, Greenway Plaza, Museum District, Wash Ave, Garden Oaks, Oak Forest"))
                .containsExactly("Katy", "Cypress", "Memorial", "The Heights", "Midtown", "Montrose", "Sugar Land",
                        "Downtown", "Galleria", "Pearland", "The Woodlands", "Spring Branch", "Energy Corridor",
                        "Medical Center", "Rice Village", "River Oaks", "Bellaire", "EaDo", "Spring", "Humble",
                        "Kingwood", "Clear Lake", "League City", "Pasadena", "Missouri City", "Richmond", "Rosenberg",
                        "Tomball", "Westchase", "Greenway Plaza", "Museum District", "Rice Military",
                        "Garden Oaks", "Oak Forest");
    }

    @Test
    void matchesWholeWordsAcrossSpacingAndCase() {
        AreaGazetteer houston = AreaGazetteer.houston();

        assertThat(houston.find("SUGAR   LAND or\nhouston heights")).containsExactly("Sugar Land", "The Heights");
        assertThat(houston.find("Katyville and Humbled and Richmond Ave")).isEmpty();
    }

    @Test
    void aDeploymentCanAddAreasAndAliases() {
        AreaGazetteer extended = AreaGazetteer.houston()
                .withAreas(Map.of("Alief", List.of(), "Katy", List.of("Fulshear")));

        assertThat(extended.find("Alief or Fulshear or Katy")).containsExactly("Alief", "Katy");

        Entities entities = new EntityExtractor(extended).extract("somewhere in alief", LocalDate.of(2025, 3, 10));
        assertThat(entities.areas()).containsExactly("Alief");
    }

    @Test
    void loadsFromJson() throws IOException {
        String json = "{\"areas\": {\"Austin Downtown\": [\"ATX\"]}, \"notAreas\": [\"ATX fest\"]}";

        AreaGazetteer gazetteer = AreaGazetteer.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(gazetteer.find("near atx, not ATX fest, austin downtown")).containsExactly("Austin Downtown");
        assertThat(gazetteer.find("Katy")).isEmpty();
    }
}
