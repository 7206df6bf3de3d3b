package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntityExtractorTest {

    private static final LocalDate MARCH_10_2025 = LocalDate.of(2025, 3, 10);

    private final EntityExtractor extractor = new EntityExtractor();

    private Entities extract(String text) {
        return extractor.extract(text, MARCH_10_2025);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Looking for a studio|0",
        "2BR please|2",
        "a 2 br near work|2",
        "two-bedroom with a yard|2",
        "3 bed in Katy|3",
        "2 bedrooms, 2 baths|2",
        "1 bd is fine|1",
        "a one bedroom|1",
        "need a 2x2|2",
        "Studio or 1 bedroom|0",
        "4 bdrm house|4",
        "busco 2 recámaras en Pearland|2",
        "un apartamento de 3 habitaciones|3",
    })
    void readsBedrooms(String text, int bedrooms) {
        assertThat(extract(text).bedrooms()).isEqualTo(bedrooms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2 baths", "Budget 1800", "I have 2 kids", "12 beds in the building"})
    void readsNoBedroomsWhereThereAreNone(String text) {
        assertThat(extract(text).bedrooms()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I have a puppy|dog",
        "my dog and two cats|dog,cat",
        "Two cats and a dog|cat,dog",
        "We have a kitten|cat",
        "We have a fish tank and a bearded dragon|fish,reptile",
        "a parrot and a bunny|bird,rabbit",
        "my hamster|small_animal",
        "I have a dog, no cats|dog",
    })
    void readsPetSpecies(String text, String species) {
        assertThat(extract(text).pets()).isEqualTo(Arrays.asList(species.split(",")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"No pets", "I don't have any pets", "we do not have pets", "pet-free household",
        "Just me, no animals"})
    void anExplicitNoPetsIsAnEmptyList(String text) {
        assertThat(extract(text).pets()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Do you have a dog park?", "Is there a pet wash station?", "Budget 1800",
        "What's your pet policy?"})
    void petsNotMentionedIsNull(String text) {
        assertThat(extract(text).pets()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Something in the Heights or Houston Heights|The Heights",
        "Katy, Cypress or Memorial|Katy,Cypress,Memorial",
        "near TMC or the Texas Medical Center|Medical Center",
        "Uptown / Galleria area|Galleria",
        "EaDo or East Downtown, maybe DT|EaDo,Downtown",
        "spring branch or the woodlands|Spring Branch,The Woodlands",
        "Sugar Land, Missouri City, Pearland|Sugar Land,Missouri City,Pearland",
        "moving in the spring, maybe Spring Branch or Spring TX|Spring Branch,Spring",
        "Rice Village, River Oaks, Montrose, Midtown|Rice Village,River Oaks,Montrose,Midtown",
        "Rice Military or Memorial|Rice Military,Memorial",
        "close to Washington Ave please|Rice Military",
    })
    void readsCanonicalAreas(String text, String areas) {
        assertThat(extract(text).areas()).isEqualTo(Arrays.asList(areas.split(",")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Memorial Day weekend move", "I love the springtime", "Katyville", "Moving this spring",
        "dt123"})
    void ignoresNamesThatAreNotAreas(String text) {
        assertThat(extract(text).areas()).isEmpty();
    }

    @Test
    void readsPreferencesAsCanonicalNamesInOrder() {
        assertThat(extract("Need parking, W/D in unit, pool and a gym. Furnished if possible. Central AC, "
                + "hardwood floors, a balcony, dishwasher and an elevator").preferences())
                .containsExactly("parking", "washer_dryer", "pool", "gym", "furnished", "central_air",
                        "hardwood_floors", "balcony", "dishwasher", "elevator");
        assertThat(extract("Near the light rail would be great, EV charging, dog park, gated, fenced yard")
                .preferences())
                .containsExactly("near_transit", "ev_charging", "dog_park", "gated", "yard");
        assertThat(extract("garage and in-unit laundry, a patio, fitness center").preferences())
                .containsExactly("parking", "washer_dryer", "balcony", "gym");
    }

    @Test
    void skipsUnwantedAmenities() {
        assertThat(extract("I don't need a pool, but want a balcony").preferences()).containsExactly("balcony");
        assertThat(extract("unfurnished is fine").preferences()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I'm Ana, looking for a studio|Ana",
        "my name is ana lopez, 3 bed in Katy|Ana Lopez",
        "Hi, this is John Smith. Need a 2 bedroom|John Smith",
        "Ana here! Any 2BR?|Ana",
        "Hey Tom here, do you have 2 bedroom units?|Tom",
        "My name's José García|José García",
        "I am Priya and I need a 1br|Priya",
        "Looking for a 1 bed near the Galleria, about 1500. Thanks, Dana Whitfield|Dana Whitfield",
        "Do you take large dogs? Best regards, Omar, 832-555-0111|Omar",
        "2br in Katy please - Lucia (281) 555-0199|Lucia",
        "need a studio asap. Cheers, Sam Ortiz sam@example.com|Sam Ortiz",
        "Thank you, Jamal and Erin|Jamal",
        "Hola, me llamo Ana Flores, busco 2 recamaras en Pearland|Ana Flores",
        "Buenas tardes, mi nombre es Luis Ortega|Luis Ortega",
    })
    void readsSelfIntroductions(String text, String name) {
        assertThat(extract(text).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm looking for a 2 bedroom", "I'm interested in the Heights", "This is great, thanks",
        "I'm Looking For 3 Bed", "I'm moving in June", "Anyone here?", "I'm Hispanic", "i'm so excited",
        "Thanks, Katy looks great", "Thank you! Looking forward to it", "Best, The Heights team", "Thanks - Monday works",
        "Thanks so much", "2 bed under 1800. Thanks, Katy"})
    void avoidsFalseNames(String text) {
        assertThat(extract(text).name()).isNull();
    }

    @Test
    void readsRawEmailAndPhone() {
        Entities entities = extract("email me at Ana.Lopez@Example.com or (713) 555-0100, budget 1800");

        assertThat(entities.email()).isEqualTo("Ana.Lopez@Example.com");
        assertThat(entities.phone()).isEqualTo("(713) 555-0100");
        assertThat(entities.budget()).isEqualTo(1800);
    }

    @Test
    void readsAWholeInquiry() {
        Entities entities = extract("Hi, I\u2019m Marcus \u2014 looking for a 2BR in Montrose or Midtown under "
                + "$1,900/mo, moving mid July with my puppy. Need parking and a washer/dryer. marcus@example.com");

        assertThat(entities).isEqualTo(new Entities(1900, 2, LocalDate.of(2025, 7, 15), List.of("dog"),
                List.of("Montrose", "Midtown"), List.of("parking", "washer_dryer"), "Marcus", "marcus@example.com",
                null));
    }

    @Test
    void readsNothingFromSmallTalk() {
        assertThat(extract("ok thanks!")).isEqualTo(Entities.NONE);
    }
}
