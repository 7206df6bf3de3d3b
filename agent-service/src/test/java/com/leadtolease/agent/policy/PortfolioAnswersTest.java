package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.BookingViews.PetPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioAnswersTest {

    private static final List<Listing> LISTINGS = List.of(
            listing("Oak Row", "Katy", 1200, 1600, List.of(1, 2), new PetPolicy(List.of("dog", "cat"), 50, null, null,
                    null), List.of("Pool", "Fitness center")),
            listing("Elm Court", "Pearland", 1500, 2100, List.of(0, 2, 3), null, List.of("Package lockers")),
            listing("Bay Lofts", "Katy", 1350, 1450, List.of(1), new PetPolicy(List.of("cat"), null, null, null, null),
                    List.of("Rooftop pool")));

    @Test
    void petsNameTheCommunitiesThatWelcomeThem() {
        assertThat(PortfolioAnswers.answer(Topic.PETS, () -> LISTINGS, "Do you take pets?")).contains("These "
                + "communities welcome pets: Oak Row (dogs and cats, up to 50 lbs); Bay Lofts (cats). Tell me about yours and "
                + "I'll only show places that welcome them.");
    }

    @Test
    void askedFeaturesNameTheCommunitiesThatListThem() {
        assertThat(PortfolioAnswers.answer(Topic.AMENITIES, () -> LISTINGS, "any with a pool or an elevator?"))
                .contains("A pool: Oak Row and Bay Lofts. None of our communities lists an elevator.");
        assertThat(PortfolioAnswers.answer(Topic.AMENITIES, () -> LISTINGS, "what amenities do you have?")).isEmpty();
    }

    @Test
    void rentsSizesAndAreasSpanAllListings() {
        assertThat(PortfolioAnswers.answer(Topic.RENT, () -> LISTINGS, "how much?").orElseThrow())
                .startsWith("Our homes rent from $1,200 to $2,100 a month.");
        assertThat(PortfolioAnswers.answer(Topic.UNIT_SIZES, () -> LISTINGS, "how big?").orElseThrow())
                .startsWith("We have studios and 1, 2 and 3-bedroom homes.");
        assertThat(PortfolioAnswers.answer(Topic.LOCATION, () -> LISTINGS, "where are you?"))
                .contains("We have homes in Katy and Pearland. Which area would you like to live in?");
    }

    @Test
    void aLongListOfCommunitiesIsSummedUp() {
        List<Listing> many = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> listing("Court " + i, "Katy",
                1000, 1200, List.of(1), null, List.of("Pool"))).toList();
        assertThat(PortfolioAnswers.answer(Topic.AMENITIES, () -> many, "a pool?"))
                .contains("A pool: Court 1, Court 2, Court 3, Court 4, Court 5 and 3 more.");
    }

    @Test
    void topicsTheListingsDoNotDescribeAreLeftToTheGeneralAnswer() {
        assertThat(PortfolioAnswers.answer(Topic.PARKING, () -> {
            throw new AssertionError("listings read for a topic they do not describe");
        }, "parking?")).isEmpty();
        assertThat(PortfolioAnswers.answer(Topic.PETS, List::of, "pets?")).isEmpty();
    }

    private static Listing listing(String name, String area, int minRent, int maxRent, List<Integer> bedrooms,
                                   PetPolicy pets, List<String> amenities) {
        return new Listing(name.toLowerCase().replace(' ', '-'), name, area, null, minRent, maxRent, bedrooms, pets,
                amenities, List.of());
    }
}
