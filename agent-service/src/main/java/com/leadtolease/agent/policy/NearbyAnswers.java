package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.NearbyPlace;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.client.BookingViews.TransitLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Places near a property (grocery stores, schools, parks) and its transit, from its data: the kinds the question
 * names, or all of them. These are facts about places, never about the people who live there.
 */
final class NearbyAnswers {

    private static final Map<String, Pattern> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("grocery", Pattern.compile("\\bgrocer\\w*|\\bsupermarkets?\\b|\\bfood stores?\\b|\\bh-?e-?b\\b"
                + "|\\bkroger\\b|\\bwhole foods\\b|\\btrader joe'?s\\b|\\bstores?\\b|\\bshop for food\\b"));
        KINDS.put("school", Pattern.compile("\\bschools?\\b|\\bisd\\b|\\bschool district\\b"));
        KINDS.put("park", Pattern.compile("\\bparks?\\b(?!\\s*(?:&|and)\\s*ride)|\\btrails?\\b|\\bgreen ?spaces?\\b"
                + "|\\bplaces? to walk\\b"));
    }

    private static final Pattern TRANSIT = Pattern.compile("\\bbus(?:es)?\\b|\\btrains?\\b|\\brail\\b|\\bmetro\\w*"
            + "|\\bpublic (?:transit|transport\\w*)\\b|\\btransit\\b|\\bsubway\\b|\\bpark (?:&|and) ride\\b"
            + "|\\btrolley\\b|\\bwithout a car\\b");
    private static final Pattern OTHER_PLACES = Pattern.compile("\\brestaurants?\\b|\\bbars?\\b|\\bcoffee shops?\\b"
            + "|\\bgyms? nearby\\b|\\bhospitals?\\b|\\bpharmac(?:y|ies)\\b|\\bmalls?\\b|\\bshopping\\b");

    private NearbyAnswers() {
    }

    static String answer(PropertyDetail property, String question, Topic topic) {
        String asked = question == null ? "" : question.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        List<String> kinds = KINDS.entrySet().stream().filter(entry -> entry.getValue().matcher(asked).find())
                .map(Map.Entry::getKey).toList();
        boolean transit = topic == Topic.TRANSIT || TRANSIT.matcher(asked).find();
        if (topic == Topic.SCHOOLS && !kinds.contains("school")) {
            kinds = List.of("school");
        }
        if (kinds.isEmpty() && !transit) {
            kinds = List.copyOf(KINDS.keySet());
            transit = true;
        }
        List<String> sentences = new ArrayList<>();
        kinds.forEach(kind -> sentences.add(places(property, kind)));
        if (transit) {
            sentences.add(transit(property));
        }
        if (kinds.contains("school")) {
            sentences.add("I can't rate schools; the school district's website lists the schools assigned to "
                    + address(property) + ".");
        }
        if (OTHER_PLACES.matcher(asked).find()) {
            sentences.add("I don't have restaurants or shops beyond these in my details; the leasing team knows the "
                    + "area well, just say \"talk to a person\".");
        }
        return String.join(" ", sentences);
    }

    /** A neighbourhood question: where it is, and the objective facts around it. */
    static String neighborhood(PropertyDetail property) {
        String where = property.name() + " is in " + property.area() + " at " + address(property) + ".";
        if (nearby(property).isEmpty() && transitLines(property).isEmpty()) {
            return where + " I don't rate neighborhoods, but I'm glad to help with objective things like commute, "
                    + "price and amenities.";
        }
        return where + " " + answer(property, "", Topic.NEIGHBORHOOD) + " I don't rate neighborhoods or their "
                + "safety; these facts and a visit are the best way to judge.";
    }

    private static String places(PropertyDetail property, String kind) {
        List<NearbyPlace> found = nearby(property).stream().filter(place -> kind.equals(place.kind())).toList();
        String what = switch (kind) {
            case "grocery" -> "grocery store";
            case "school" -> "school";
            default -> "park";
        };
        if (found.isEmpty()) {
            return "I don't have a " + what + " near " + property.name() + " in my details.";
        }
        return "Nearest " + what + (found.size() > 1 ? "s" : "") + " to " + property.name() + ": " + String.join("; ",
                found.stream().map(place -> place.name() + ", " + miles(place.miles())).toList()) + ".";
    }

    private static String transit(PropertyDetail property) {
        List<TransitLine> lines = transitLines(property);
        if (lines.isEmpty()) {
            return property.transit() == null ? "I don't have transit details for " + property.name() + "."
                    : "There's no bus or rail line within walking distance of " + property.name()
                    + ", so you'd need a car or a ride.";
        }
        return "Transit: " + String.join("; ", lines.stream().map(line -> line.line() + " at " + line.stop() + ", a "
                + line.walkMinutes() + "-minute walk").toList()) + ".";
    }

    private static List<NearbyPlace> nearby(PropertyDetail property) {
        return property.nearby() == null ? List.of() : property.nearby();
    }

    private static List<TransitLine> transitLines(PropertyDetail property) {
        return property.transit() == null ? List.of() : property.transit();
    }

    private static String miles(double miles) {
        return (miles == Math.rint(miles) ? Integer.toString((int) miles) : Double.toString(miles))
                + (miles == 1 ? " mile" : " miles");
    }

    private static String address(PropertyDetail property) {
        return property.address() == null ? property.name() : property.address().oneLine();
    }
}
