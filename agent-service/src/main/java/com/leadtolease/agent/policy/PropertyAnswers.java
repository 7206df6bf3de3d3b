package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.OfficeHours;
import com.leadtolease.agent.client.BookingViews.PetPolicy;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Answers common questions from the property's own data (booking-service). Nothing is made up: what the data does
 * not say, the answer says we don't know. Neighborhood and family questions are answered with objective facts only.
 */
public final class PropertyAnswers {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private PropertyAnswers() {
    }

    public static String answer(Topic topic, PropertyDetail property) {
        if (property == null) {
            return general(topic);
        }
        String name = property.name();
        return switch (topic) {
            case PETS -> pets(name, property.petPolicy());
            case PARKING -> property.parking() == null || property.parking().isBlank()
                    ? "I don't have parking details for " + name + "; the leasing team can tell you."
                    : "Parking at " + name + ": " + property.parking() + ".";
            case FEES -> fees(property);
            case AMENITIES -> amenities(property);
            case APPLICATION -> application(property);
            case SCHOOLS -> "I can't rate schools, but you can look up the schools assigned to " + address(property)
                    + " on the local school district's website.";
            case NEIGHBORHOOD -> name + " is in " + property.area() + " at " + address(property) + ". I don't describe "
                    + "neighborhoods by the people in them, but I'm glad to help with objective things like commute, "
                    + "price and amenities. " + amenities(property);
            case FAMILY_FRIENDLY -> "Every home at " + name + " is open to everyone. " + amenities(property);
            case OFFICE_HOURS -> officeHours(property);
        };
    }

    private static String general(Topic topic) {
        return switch (topic) {
            case PETS -> "Pet policies differ by property. Tell me about your pets and I'll only show places that "
                    + "welcome them.";
            case PARKING, FEES, AMENITIES, OFFICE_HOURS, NEIGHBORHOOD, FAMILY_FRIENDLY ->
                    "That depends on the property — once we've picked one, I can tell you exactly from its details.";
            case APPLICATION -> "Applying is online: a short form, a photo ID, proof of income and a background check, "
                    + "plus the property's application fee. Approval usually takes one to three business days.";
            case SCHOOLS -> "I can't rate schools, but once we've picked a property you can look up its assigned "
                    + "schools on the school district's website.";
        };
    }

    private static String pets(String name, PetPolicy policy) {
        if (policy == null || !policy.allowsAnyPets()) {
            return name + " does not allow pets.";
        }
        StringBuilder answer = new StringBuilder(name).append(" welcomes ")
                .append(FactSummary.joined(policy.allowedSpecies().stream().map(FactSummary::plural).toList(),
                        "and"));
        if (policy.maxWeightLbs() != null) {
            answer.append(" up to ").append(policy.maxWeightLbs()).append(" lbs");
        }
        answer.append('.');
        if (policy.petDeposit() != null) {
            answer.append(" Pet deposit: ").append(FactSummary.money(policy.petDeposit())).append('.');
        }
        if (policy.monthlyPetRent() != null) {
            answer.append(" Pet rent: ").append(FactSummary.money(policy.monthlyPetRent())).append(" a month.");
        }
        if (policy.notes() != null && !policy.notes().isBlank()) {
            answer.append(' ').append(policy.notes().strip());
        }
        return answer.toString();
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
        }
        return answer;
    }

    private static String amenities(PropertyDetail property) {
        List<String> amenities = property.amenities();
        return amenities == null || amenities.isEmpty() ? ""
                : "Amenities at " + property.name() + ": " + String.join(", ", amenities) + ".";
    }

    private static String application(PropertyDetail property) {
        String fee = property.fees() == null ? "" : " The application fee is "
                + FactSummary.money(property.fees().applicationFee()) + " per applicant.";
        return "To apply to " + property.name() + ": fill in the online application, upload a photo ID and proof of "
                + "income, and we run a background and credit check." + fee + " Approval usually takes one to three "
                + "business days, then you sign the lease and pay the deposit.";
    }

    private static String officeHours(PropertyDetail property) {
        List<OfficeHours> hours = property.officeHours();
        if (hours == null || hours.isEmpty()) {
            return "I don't have office hours for " + property.name() + ".";
        }
        return "The leasing office at " + property.name() + " is open " + hours.stream()
                .map(h -> capitalize(h.day()) + " " + HOUR.format(h.open()) + "–" + HOUR.format(h.close()))
                .collect(Collectors.joining(", ")) + ".";
    }

    private static String address(PropertyDetail property) {
        return property.address() == null ? property.name() : property.address().oneLine();
    }

    private static String capitalize(String day) {
        String lower = day.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1, Math.min(3, lower.length()));
    }
}
