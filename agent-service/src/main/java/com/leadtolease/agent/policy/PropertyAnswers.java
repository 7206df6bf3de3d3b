package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.client.BookingViews.Unit;

import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Answers common questions from the property's own data (booking-service). Nothing is made up: what the data does
 * not say, the answer says we don't know. Neighborhood and family questions are answered with objective facts only.
 */
public final class PropertyAnswers {

    private static final String TOURS_ANSWER = "Tours are in person with our leasing team. I can book one for you "
            + "right here: I'll offer you real free times to pick from.";

    private PropertyAnswers() {
    }

    public static String answer(Topic topic, PropertyDetail property) {
        return answer(topic, property, "");
    }

    /** @param question the prospect's words: an amenities question names the features asked about */
    public static String answer(Topic topic, PropertyDetail property, String question) {
        if (property == null) {
            return general(topic);
        }
        String name = property.name();
        return switch (topic) {
            case PETS -> PetAnswers.forProperty(name, property.petPolicy(), question);
            case PARKING -> parking(property);
            case FEES -> fees(property);
            case AMENITIES -> AmenityAnswers.answer(name, property.amenities(), question);
            case APPLICATION -> application(property);
            case SCHOOLS, NEARBY, TRANSIT -> NearbyAnswers.answer(property, question, topic);
            case NEIGHBORHOOD -> NearbyAnswers.neighborhood(property);
            case FAMILY_FRIENDLY -> "Every home at " + name + " is open to everyone. " + amenities(property);
            case OFFICE_HOURS -> officeHours(property);
            case RENT -> rents(property);
            case UNIT_SIZES -> unitSizes(property);
            case LOCATION -> property.address() == null ? name + " is in " + property.area() + "."
                    : name + " is at " + address(property) + ", in " + property.area() + ".";
            case TOURS -> TOURS_ANSWER;
            case UTILITIES -> TermsAnswers.utilities(property, question)
                    .orElseGet(() -> notInOurData("which utilities are included", name));
            case SPECIALS -> TermsAnswers.specials(property)
                    .orElseGet(() -> notInOurData("current move-in specials", name));
            case LEASE_TERMS -> TermsAnswers.lease(property, question)
                    .orElseGet(() -> notInOurData("the lease lengths offered", name));
            case HOUSE_RULES -> notInOurData("the house rules on that", name);
        };
    }

    /** A topic the property data says nothing about: said plainly, with the way to a person. */
    private static String notInOurData(String what, String name) {
        return "I don't have " + what + (name == null ? "" : " at " + name) + " in my details, so I won't guess. "
                + "The leasing team can tell you: say \"talk to a person\" any time and I'll bring them in.";
    }

    private static String general(Topic topic) {
        return switch (topic) {
            case PETS -> "Pet policies differ by property. Tell me about your pets and I'll only show places that "
                    + "welcome them.";
            case PARKING, FEES, AMENITIES, OFFICE_HOURS ->
                    "That depends on the property — once we've picked one, I can tell you exactly from its details.";
            case NEIGHBORHOOD -> "Tell me which area you're considering and I'll share objective facts about our homes "
                    + "there: address, commute, prices and amenities. I don't describe neighborhoods by the people in "
                    + "them.";
            case FAMILY_FRIENDLY -> "Every one of our homes is open to everyone. Tell me what matters to you, like a "
                    + "playground, a pool or more bedrooms, and I'll find homes that have it.";
            case APPLICATION -> "Applying is online: a short form, a photo ID, proof of income and a background check, "
                    + "plus the property's application fee. Approval usually takes one to three business days.";
            case RENT, UNIT_SIZES -> "Rents and layouts depend on the home. Tell me the area, how many bedrooms and "
                    + "your budget, and I'll show you homes that fit, with their prices.";
            case LOCATION -> "Tell me the area you'd like to live in and I'll show you homes there, with their "
                    + "addresses.";
            case TOURS -> TOURS_ANSWER;
            case UTILITIES -> notInOurData("which utilities are included", null);
            case SPECIALS -> notInOurData("current move-in specials", null);
            case LEASE_TERMS -> notInOurData("the lease lengths offered", null);
            case HOUSE_RULES -> notInOurData("the house rules on that", null);
            case SCHOOLS -> "I can't rate schools, but once we've picked a property I can tell you the nearest "
                    + "schools, and its district's website lists the schools assigned to it.";
            case NEARBY, TRANSIT -> "Tell me which community you're asking about and I'll tell you the grocery "
                    + "stores, schools, parks and transit near it.";
        };
    }

    private static String parking(PropertyDetail property) {
        String name = property.name();
        if (property.parking() != null && !property.parking().isBlank()) {
            return "Parking at " + name + ": " + property.parking() + ".";
        }
        if (property.parkingOptions() == null || property.parkingOptions().isEmpty()) {
            return "I don't have parking details for " + name + "; the leasing team can tell you.";
        }
        return "Parking at " + name + ": " + String.join("; ", property.parkingOptions().stream()
                .map(option -> option.type() + (option.monthlyCost() == 0 ? ", included"
                        : ", " + FactSummary.money(option.monthlyCost()) + " a month")).toList()) + ".";
    }

    private static String fees(PropertyDetail property) {
        if (property.fees() == null) {
            return "I don't have the fees for " + property.name() + "; the leasing team can tell you.";
        }
        String answer = "At " + property.name() + " the application fee is "
                + FactSummary.money(property.fees().applicationFee()) + " per applicant and the admin fee is "
                + FactSummary.money(property.fees().adminFee()) + ".";
        if (property.units() != null && !property.units().isEmpty()) {
            int lowest = property.units().stream().mapToInt(u -> u.deposit()).min().orElse(0);
            int highest = property.units().stream().mapToInt(u -> u.deposit()).max().orElse(0);
            answer += lowest == highest ? " The security deposit is " + FactSummary.money(lowest) + "."
                    : " Security deposits range from " + FactSummary.money(lowest) + " to "
                    + FactSummary.money(highest) + " depending on the unit.";
        } else if (property.fees().securityDeposit() != null) {
            answer += " The security deposit starts at " + FactSummary.money(property.fees().securityDeposit()) + ".";
        }
        return answer;
    }

    private static String rents(PropertyDetail property) {
        if (property.units() == null || property.units().isEmpty()) {
            return "I don't have rents for " + property.name() + "; the leasing team can tell you.";
        }
        Map<Integer, IntSummaryStatistics> byBedrooms = property.units().stream().collect(Collectors.groupingBy(
                Unit::bedrooms, TreeMap::new, Collectors.summarizingInt(Unit::rent)));
        return "Rents at " + property.name() + ": " + byBedrooms.entrySet().stream()
                .map(e -> layout(e.getKey()) + " " + range(e.getValue(), FactSummary::money) + " a month")
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String unitSizes(PropertyDetail property) {
        if (property.units() == null || property.units().isEmpty()) {
            return "I don't have the floor plans of " + property.name() + "; the leasing team can send them.";
        }
        Map<Unit, IntSummaryStatistics> byLayout = property.units().stream().collect(Collectors.groupingBy(
                unit -> new Unit(null, unit.bedrooms(), unit.bathrooms(), 0, 0, 0),
                () -> new TreeMap<>(Comparator.comparingInt(Unit::bedrooms).thenComparingDouble(Unit::bathrooms)),
                Collectors.summarizingInt(Unit::sqft)));
        return "Homes at " + property.name() + ": " + byLayout.entrySet().stream()
                .map(e -> layout(e.getKey().bedrooms()) + ", " + baths(e.getKey().bathrooms()) + ", "
                        + range(e.getValue(), sqft -> String.format(Locale.US, "%,d", sqft)) + " sq ft")
                .collect(Collectors.joining("; ")) + ".";
    }

    private static String layout(int bedrooms) {
        return bedrooms == 0 ? "studio" : FactSummary.bedrooms(bedrooms);
    }

    private static String baths(double bathrooms) {
        String count = bathrooms == Math.rint(bathrooms) ? Integer.toString((int) bathrooms)
                : Double.toString(bathrooms);
        return count + (bathrooms == 1 ? " bath" : " baths");
    }

    private static String range(IntSummaryStatistics values, IntFunction<String> format) {
        return values.getMin() == values.getMax() ? format.apply(values.getMin())
                : format.apply(values.getMin()) + "–" + format.apply(values.getMax());
    }

    private static String amenities(PropertyDetail property) {
        return AmenityAnswers.list(property.name(), property.amenities());
    }

    private static String application(PropertyDetail property) {
        String fee = property.fees() == null ? "" : " The application fee is "
                + FactSummary.money(property.fees().applicationFee()) + " per applicant.";
        return "To apply to " + property.name() + ": fill in the online application, upload a photo ID and proof of "
                + "income, and we run a background and credit check." + fee + " Approval usually takes one to three "
                + "business days, then you sign the lease and pay the deposit.";
    }

    private static String officeHours(PropertyDetail property) {
        return OfficeHoursText.week(property.officeHours())
                .map(week -> "The leasing office at " + property.name() + " is open " + week + ".")
                .orElse("I don't have office hours for " + property.name() + ".");
    }

    private static String address(PropertyDetail property) {
        return property.address() == null ? property.name() : property.address().oneLine();
    }
}
