package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.Fees;
import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.BookingViews.OfficeHours;
import com.leadtolease.agent.client.BookingViews.PetPolicy;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioAnswersTest {

    private static final Function<String, Optional<PropertyDetail>> NO_DETAILS = id -> Optional.empty();
    private static final List<Listing> LISTINGS = List.of(
            listing("Oak Row", "Katy", 1200, 1600, List.of(1, 2), new PetPolicy(List.of("dog", "cat"), 50, null, null,
                    null), List.of("Pool", "Fitness center")),
            listing("Elm Court", "Pearland", 1500, 2100, List.of(0, 2, 3), null, List.of("Package lockers")),
            listing("Bay Lofts", "Katy", 1350, 1450, List.of(1), new PetPolicy(List.of("cat"), null, null, null, null),
                    List.of("Rooftop pool")));

    @Test
    void petsNameTheCommunitiesThatWelcomeThem() {
        assertThat(PortfolioAnswers.answer(Topic.PETS, () -> LISTINGS, NO_DETAILS, "Do you take pets?")).contains("These "
                + "communities welcome pets: Oak Row (dogs and cats, up to 50 lbs); Bay Lofts (cats). Tell me about yours and "
                + "I'll only show places that welcome them.");
    }

    @Test
    void aPetQuestionWithAWeightNamesOnlyTheCommunitiesWhoseLimitTakesIt() {
        List<Listing> limits = List.of(
                listing("Small Dogs Place", "Katy", 1000, 1200, List.of(1), new PetPolicy(List.of("dog", "cat"), 35,
                        null, null, null), List.of()),
                listing("Fifty Flats", "Katy", 1000, 1200, List.of(1), new PetPolicy(List.of("dog", "cat"), 50, null,
                        null, null), List.of()),
                listing("Big Yard Homes", "Pearland", 1000, 1200, List.of(1), new PetPolicy(List.of("dog"), 100, null,
                        null, null, 3, List.of(), null), List.of()),
                listing("Tower", "Downtown", 1000, 1200, List.of(1), new PetPolicy(List.of("dog", "cat"), 90, null,
                        null, null, 2, List.of("Rottweiler"), null), List.of()));

        assertThat(PortfolioAnswers.answer(Topic.PETS, () -> limits, NO_DETAILS, "Do you allow dogs over 50 pounds?")
                .orElseThrow()).startsWith("These communities take a dog over 50 lbs: Big Yard Homes (up to 100 lbs); Tower (up to 90 "
                        + "lbs).");
        assertThat(PortfolioAnswers.answer(Topic.PETS, () -> limits, NO_DETAILS, "any place for a 120 lb dog?")
                .orElseThrow()).startsWith("None of our communities takes a 120 lb dog. The largest weight limit is 100 lbs at Big Yard "
                        + "Homes.");
        assertThat(PortfolioAnswers.answer(Topic.PETS, () -> limits, NO_DETAILS, "do you take rottweilers?").orElseThrow())
                .contains("Big Yard Homes").doesNotContain("Tower");
        assertThat(PortfolioAnswers.answer(Topic.PETS, () -> limits, NO_DETAILS, "can I have three dogs?").orElseThrow())
                .startsWith("These communities take 3 dogs: Big Yard Homes").doesNotContain("Tower");
    }

    @Test
    void askedFeaturesNameTheCommunitiesThatListThem() {
        assertThat(PortfolioAnswers.answer(Topic.AMENITIES, () -> LISTINGS, NO_DETAILS, "any with a pool or an elevator?"))
                .contains("A pool: Oak Row and Bay Lofts. None of our communities lists an elevator.");
        assertThat(PortfolioAnswers.answer(Topic.AMENITIES, () -> LISTINGS, NO_DETAILS, "what amenities do you have?")).isEmpty();
    }

    @Test
    void rentsSizesAndAreasSpanAllListings() {
        assertThat(PortfolioAnswers.answer(Topic.RENT, () -> LISTINGS, NO_DETAILS, "how much?").orElseThrow())
                .startsWith("Our homes rent from $1,200 to $2,100 a month.");
        assertThat(PortfolioAnswers.answer(Topic.UNIT_SIZES, () -> LISTINGS, NO_DETAILS, "how big?").orElseThrow())
                .startsWith("We have studios and 1, 2 and 3-bedroom homes.");
        assertThat(PortfolioAnswers.answer(Topic.LOCATION, () -> LISTINGS, NO_DETAILS, "where are you?"))
                .contains("We have homes in Katy and Pearland. Which area would you like to live in?");
    }

    @Test
    void aLongListOfCommunitiesIsSummedUp() {
        List<Listing> many = java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(i -> listing("Court " + i, "Katy",
                1000, 1200, List.of(1), null, List.of("Pool"))).toList();
        assertThat(PortfolioAnswers.answer(Topic.AMENITIES, () -> many, NO_DETAILS, "a pool?"))
                .contains("A pool: Court 1, Court 2, Court 3, Court 4, Court 5 and 3 more.");
    }

    @Test
    void parkingAndFeesComeFromTheListedCommunitiesDetails() {
        Map<String, PropertyDetail> details = Map.of(
                "oak-row", detail("oak-row", "Oak Row", "Covered garage, $25 a month", new Fees(50, 150)),
                "elm-court", detail("elm-court", "Elm Court", null, new Fees(35, 150)),
                "bay-lofts", detail("bay-lofts", "Bay Lofts", "Free surface lot", null));
        Function<String, Optional<PropertyDetail>> byId = id -> Optional.ofNullable(details.get(id));

        assertThat(PortfolioAnswers.answer(Topic.PARKING, () -> LISTINGS, byId, "is there parking?")).contains(
                "Here is the parking at our communities. Oak Row: Covered garage, $25 a month. Bay Lofts: Free surface lot. Once we've "
                        + "picked a home, I can tell you about its parking in detail.");
        assertThat(PortfolioAnswers.answer(Topic.FEES, () -> LISTINGS, byId, "what are the fees?")).contains(
                "The application fee runs from $35 to $50 per applicant, and the admin fee is $150, depending on the "
                        + "community. Once we've picked a home, I can give you its exact fees and deposit.");
        assertThat(PortfolioAnswers.answer(Topic.FEES, () -> LISTINGS, NO_DETAILS, "fees?"))
                .as("no details: left to the general answer").isEmpty();
    }

    @Test
    void officeHoursGiveTheUsualWeekThenTheCommunitiesThatDiffer() {
        List<OfficeHours> usual = week("09:00", "18:00", "10:00", "17:00");
        Map<String, PropertyDetail> details = Map.of(
                "oak-row", detail("oak-row", "Oak Row", usual),
                "elm-court", detail("elm-court", "Elm Court", week("08:30", "18:30", "10:00", "17:00")),
                "bay-lofts", detail("bay-lofts", "Bay Lofts", usual));

        assertThat(PortfolioAnswers.answer(Topic.OFFICE_HOURS, () -> LISTINGS, id -> Optional.ofNullable(details
                .get(id)), "when are you open?")).contains("At 2 of our 3 communities, the leasing office is open "
                + "Mon–Fri 9:00 AM–6:00 PM, Sat 10:00 AM–5:00 PM. Elsewhere: Elm Court: Mon–Fri 8:30 AM–6:30 PM, "
                + "Sat 10:00 AM–5:00 PM. Once we've picked a home, I can tell you its office hours.");
        assertThat(PortfolioAnswers.answer(Topic.OFFICE_HOURS, () -> LISTINGS.subList(0, 1), id -> Optional
                .ofNullable(details.get(id)), "office hours?")).contains("Our leasing offices are open Mon–Fri "
                + "9:00 AM–6:00 PM, Sat 10:00 AM–5:00 PM. Once we've picked a home, I can tell you its office hours.");
        assertThat(PortfolioAnswers.answer(Topic.OFFICE_HOURS, () -> LISTINGS, NO_DETAILS, "office hours?"))
                .as("no details: left to the general answer").isEmpty();
    }

    @Test
    void topicsNeitherTheListingsNorTheirDetailsDescribeAreLeftToTheGeneralAnswer() {
        assertThat(PortfolioAnswers.answer(Topic.SCHOOLS, () -> {
            throw new AssertionError("listings read for a topic they do not describe");
        }, id -> {
            throw new AssertionError("details read for a topic they do not describe");
        }, "how are the schools?")).isEmpty();
        assertThat(PortfolioAnswers.answer(Topic.PETS, List::of, NO_DETAILS, "pets?")).isEmpty();
    }

    private static PropertyDetail detail(String id, String name, String parking, Fees fees) {
        return new PropertyDetail(id, name, "Katy", null, "America/Chicago", null, List.of(), parking, fees, List.of(),
                List.of());
    }

    private static PropertyDetail detail(String id, String name, List<OfficeHours> hours) {
        return new PropertyDetail(id, name, "Katy", null, "America/Chicago", null, List.of(), null, null, hours,
                List.of());
    }

    /** Weekdays one way, Saturday another, Sunday closed; listed Saturday first, as a data file might. */
    static List<OfficeHours> week(String weekdayOpen, String weekdayClose, String saturdayOpen,
                                  String saturdayClose) {
        List<OfficeHours> week = new ArrayList<>(List.of(new OfficeHours("SATURDAY", LocalTime.parse(saturdayOpen),
                LocalTime.parse(saturdayClose))));
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            week.add(new OfficeHours(day, LocalTime.parse(weekdayOpen), LocalTime.parse(weekdayClose)));
        }
        return week;
    }

    private static Listing listing(String name, String area, int minRent, int maxRent, List<Integer> bedrooms,
                                   PetPolicy pets, List<String> amenities) {
        return new Listing(name.toLowerCase().replace(' ', '-'), name, area, null, minRent, maxRent, bedrooms, pets,
                amenities, List.of());
    }
}
