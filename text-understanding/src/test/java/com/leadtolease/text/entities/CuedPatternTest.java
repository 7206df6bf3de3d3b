package com.leadtolease.text.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.text.cue.CuedPattern;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cue check may only skip texts the pattern cannot match: one phrase per alternative of every pattern. */
class CuedPatternTest {

    private static final List<String> PET_PHRASES = List.of("my dog", "two dogs", "our doggo", "a puppy", "puppies",
            "my pup", "pups", "a canine", "a golden retriever", "labradors", "a chihuahua", "a german shepherd",
            "a pit bull", "pitbulls", "a husky", "huskies", "a poodle", "corgis", "a beagle", "a bulldog", "a yorkie",
            "a dachshund", "a terrier", "a goldendoodle doodle", "a cat", "cats", "a kitten", "a kitty", "kitties",
            "a feline", "a bird", "a parrot", "a parakeet", "budgies", "a cockatiel", "a canary", "canaries",
            "a fish", "fishes", "an aquarium", "a fish tank", "goldfish", "a betta", "a rabbit", "a bunny",
            "bunnies", "a reptile", "a lizard", "a snake", "a turtle", "a tortoise", "a gecko", "an iguana",
            "a bearded dragon", "a hamster", "a guinea pig", "gerbils", "a ferret", "a chinchilla");

    private static final List<String> AMENITY_PHRASES = List.of("parking", "a garage", "a carport",
            "a covered spot", "assigned spots", "a washer", "washer and dryer", "washers & dryers", "a dryer",
            "w/d", "w / d", "w&d", "in-unit laundry", "laundry in the unit", "a pool", "swimming",
            "resort style pool", "a gym", "fitness center", "a workout room", "fitness", "furnished", "a balcony",
            "balconies", "a patio", "a terrace", "a dishwasher", "an elevator", "gated community",
            "controlled access", "access gates", "ev charging", "electric car chargers", "car charging",
            "charging stations", "tesla chargers", "a backyard", "a fenced yard", "yards", "a dog park",
            "pet parks", "a dog run", "bark park", "near the light rail", "close to transit", "by the bus stop",
            "walking distance to the train", "public transportation", "light rail", "metrorail", "hardwood floors",
            "hardwoods", "wood flooring", "central air", "central a/c", "central heat and air");

    @Test
    void everyPetPhraseMatchedByItsPatternPassesTheCueCheck() {
        assertCuesCover(PetExtractor.patterns(), PET_PHRASES);
    }

    @Test
    void everyAmenityPhraseMatchedByItsPatternPassesTheCueCheck() {
        assertCuesCover(PreferenceExtractor.patterns(), AMENITY_PHRASES);
    }

    private static void assertCuesCover(Map<String, CuedPattern> patterns, List<String> phrases) {
        int matched = 0;
        for (String phrase : phrases) {
            String text = "we would like " + phrase.toLowerCase(Locale.ROOT) + " please";
            for (Map.Entry<String, CuedPattern> entry : patterns.entrySet()) {
                if (entry.getValue().pattern().matcher(text).find()) {
                    matched++;
                    assertThat(entry.getValue().mayMatch(text)).as("cues of %s for \"%s\"", entry.getKey(), phrase)
                            .isTrue();
                }
            }
        }
        assertThat(matched).as("phrases the patterns recognise").isGreaterThanOrEqualTo(phrases.size());
    }
}
