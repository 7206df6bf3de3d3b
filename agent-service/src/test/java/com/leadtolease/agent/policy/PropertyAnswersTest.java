package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.Address;
import com.leadtolease.agent.client.BookingViews.Fees;
import com.leadtolease.agent.client.BookingViews.LeaseTerms;
import com.leadtolease.agent.client.BookingViews.NearbyPlace;
import com.leadtolease.agent.client.BookingViews.OfficeHours;
import com.leadtolease.agent.client.BookingViews.PetPolicy;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.client.BookingViews.TransitLine;
import com.leadtolease.agent.client.BookingViews.Unit;
import com.leadtolease.agent.client.BookingViews.Utilities;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PropertyAnswersTest {

    private static final PropertyDetail CEDAR = new PropertyDetail("cedar", "Cedar Court", "Montrose",
            new Address("410 Westheimer Rd", "Houston", "TX", "77006"), "America/Chicago", null,
            List.of("Resort-style pool", "In-unit washer/dryer", "Covered patio"), null, null, List.of(),
            List.of(new Unit("101", 0, 1, 520, 1150, 300), new Unit("201", 1, 1, 700, 1400, 400),
                    new Unit("202", 1, 1, 760, 1475, 400), new Unit("301", 2, 2.5, 1100, 1950, 600)));

    private static PropertyDetail withHours(List<OfficeHours> hours) {
        return new PropertyDetail(CEDAR.id(), CEDAR.name(), CEDAR.area(), CEDAR.address(), CEDAR.timeZone(), null,
                CEDAR.amenities(), null, null, hours, CEDAR.units());
    }

    @Test
    void rentsComeFromTheUnitsByLayout() {
        assertThat(PropertyAnswers.answer(Topic.RENT, CEDAR)).isEqualTo(
                "Rents at Cedar Court: studio $1,150 a month; 1 bedroom $1,400–$1,475 a month; "
                        + "2 bedrooms $1,950 a month.");
    }

    @Test
    void sizesComeFromTheUnitsByLayout() {
        assertThat(PropertyAnswers.answer(Topic.UNIT_SIZES, CEDAR)).isEqualTo("Homes at Cedar Court: "
                + "studio, 1 bath, 520 sq ft; 1 bedroom, 1 bath, 700–760 sq ft; 2 bedrooms, 2.5 baths, 1,100 sq ft.");
    }

    @Test
    void officeHoursJoinDaysInARowWithTheSameHours() {
        List<OfficeHours> week = new ArrayList<>(PortfolioAnswersTest.week("09:00", "18:00", "10:00", "17:00"));
        week.add(new OfficeHours("sunday", LocalTime.NOON, LocalTime.of(17, 0)));
        week.add(new OfficeHours("Holiday", LocalTime.NOON, LocalTime.of(14, 0)));
        week.removeIf(day -> day.day().equals("WEDNESDAY"));

        assertThat(PropertyAnswers.answer(Topic.OFFICE_HOURS, withHours(week))).isEqualTo("The leasing office at "
                + "Cedar Court is open Mon, Tue 9:00 AM–6:00 PM, Thu, Fri 9:00 AM–6:00 PM, Sat 10:00 AM–5:00 PM, "
                + "Sun 12:00 PM–5:00 PM.");
        assertThat(PropertyAnswers.answer(Topic.OFFICE_HOURS, withHours(List.of())))
                .isEqualTo("I don't have office hours for Cedar Court.");
    }

    @Test
    void theAddressIsThePropertysOwn() {
        assertThat(PropertyAnswers.answer(Topic.LOCATION, CEDAR))
                .isEqualTo("Cedar Court is at 410 Westheimer Rd, Houston, TX 77006, in Montrose.");
    }

    @Test
    void aFeatureQuestionSaysWhatIsListedAndWhatIsNot() {
        assertThat(PropertyAnswers.answer(Topic.AMENITIES, CEDAR, "Is there laundry and a gym?"))
                .startsWith("Yes, Cedar Court has laundry. I don't see a gym among the amenities of Cedar Court.")
                .endsWith("Amenities at Cedar Court: Resort-style pool, In-unit washer/dryer, Covered patio.");
    }

    @Test
    void neighbourhoodAndFamilyQuestionsAskedColdGetObjectiveAnswersOnly() {
        assertThat(PropertyAnswers.answer(Topic.NEIGHBORHOOD, null)).contains("objective facts")
                .contains("I don't describe neighborhoods by the people in them");
        assertThat(PropertyAnswers.answer(Topic.FAMILY_FRIENDLY, null)).startsWith("Every one of our homes is open "
                + "to everyone.");
    }

    private static final PropertyDetail OAKS = new PropertyDetail("oaks", "Memorial Oaks", "Memorial",
            new Address("10615 Memorial Dr", "Houston", "TX", "77024"), "America/Chicago",
            new PetPolicy(List.of("dog", "cat"), 50, 500, 50, null, 2, List.of("Rottweiler"), 300), List.of(),
            "Garage, one space included", new Fees(75, 300, 600), List.of(), CEDAR.units(), List.of(),
            new LeaseTerms(9, 18, 200, 12), List.of(), new Utilities(List.of("trash", "water and sewer"),
            List.of("electricity", "internet")), List.of(new NearbyPlace("grocery", "H-E-B Memorial", 0.6),
            new NearbyPlace("school", "Memorial High School", 1.4)),
            List.of(new TransitLine("bus", "METRO bus 70 Memorial", "Memorial Dr @ Gessner", 4)));

    @Test
    void petAnswersCheckTheWeightCountAndBreedAsked() {
        assertThat(PropertyAnswers.answer(Topic.PETS, OAKS, "Can I bring my 70 lb dog?")).startsWith("No, a 70 lb dog "
                + "is over the limit at Memorial Oaks: pets may weigh up to 50 lbs. Memorial Oaks welcomes dogs and cats "
                + "up to 50 lbs, 2 pets per home. Pet deposit: $500. One-time pet fee: $300. Pet rent: $50 a month. "
                + "Restricted breeds: Rottweiler.");
        assertThat(PropertyAnswers.answer(Topic.PETS, OAKS, "Is a rottweiler ok?")).startsWith("No, Memorial Oaks "
                + "doesn't accept Rottweilers");
        assertThat(PropertyAnswers.answer(Topic.PETS, OAKS, "can we have 2 cats?")).startsWith("Yes, 2 pets are fine");
    }

    @Test
    void leaseUtilitiesSpecialsAndPlacesComeFromTheData() {
        assertThat(PropertyAnswers.answer(Topic.LEASE_TERMS, OAKS, "Do you do month-to-month?")).isEqualTo(
                "Month-to-month leases aren't offered at Memorial Oaks; the shortest lease is 9 months. Leases at "
                        + "Memorial Oaks run from 9 to 18 months. A lease shorter than 12 months costs $200 more a month.");
        assertThat(PropertyAnswers.answer(Topic.UTILITIES, OAKS, "Is water included?")).startsWith("Yes, water is "
                + "included in the rent. At Memorial Oaks the rent includes trash and water and sewer. Residents set up "
                + "and pay electricity and internet.");
        assertThat(PropertyAnswers.answer(Topic.SPECIALS, OAKS)).startsWith("Memorial Oaks has no move-in specials");
        assertThat(PropertyAnswers.answer(Topic.TRANSIT, OAKS, "Is it close to a grocery store and the bus line?"))
                .isEqualTo("Nearest grocery store to Memorial Oaks: H-E-B Memorial, 0.6 miles. Transit: METRO bus 70 "
                        + "Memorial at Memorial Dr @ Gessner, a 4-minute walk.");
        assertThat(PropertyAnswers.answer(Topic.SCHOOLS, OAKS, "good schools?")).startsWith("Nearest school to "
                + "Memorial Oaks: Memorial High School, 1.4 miles. I can't rate schools");
    }

    @Test
    void whatThePropertyDataDoesNotSayIsNotGuessed() {
        assertThat(PropertyAnswers.answer(Topic.SPECIALS, CEDAR))
                .startsWith("I don't have current move-in specials at Cedar Court in my details, so I won't guess.")
                .contains("talk to a person");
        assertThat(PropertyAnswers.answer(Topic.LEASE_TERMS, null)).startsWith("I don't have the lease lengths");
    }
}
