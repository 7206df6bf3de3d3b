package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.Fees;
import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers a question asked before any property is in view ("do you allow dogs?" as the first message) from the
 * listings themselves (the first page of a search without criteria): which communities welcome pets or have a pool,
 * the rents and sizes on offer, the areas; parking, fees and office hours from those listings' property details.
 * Other topics (schools, applying, ...) are left to {@link PropertyAnswers}.
 */
final class PortfolioAnswers {

    /** More names than this in one chat message are summed up as "and N more". */
    static final int NAMED = 5;
    private static final Pattern RAIL = Pattern.compile("\\btrains?\\b|\\brail\\b"
            + "|\\bmetrorail\\b|\\bsubway\\b");
    private static final String CRITERIA = "Tell me the area, how many bedrooms and your budget, and I'll show you "
            + "the homes that fit.";

    private PortfolioAnswers() {
    }

    /**
     * @param allListings read only for a topic the listings or their details describe
     * @param details     a listed property's details, read only for parking, fees and office hours
     */
    static Optional<String> answer(Topic topic, Supplier<List<Listing>> allListings,
                                   Function<String, Optional<PropertyDetail>> details, String question) {
        return switch (topic) {
            case PETS, AMENITIES, RENT, UNIT_SIZES, LOCATION -> {
                List<Listing> listings = allListings.get();
                yield listings.isEmpty() ? Optional.empty() : describe(topic, listings, question);
            }
            case PARKING, FEES, OFFICE_HOURS, SPECIALS, TRANSIT, LEASE_TERMS -> {
                List<PropertyDetail> properties = allListings.get().stream().map(listing -> details.apply(listing.id()))
                        .flatMap(Optional::stream).toList();
                yield switch (topic) {
                    case PARKING -> parking(properties);
                    case FEES -> fees(properties);
                    case SPECIALS -> specials(properties);
                    case TRANSIT -> transit(properties, question);
                    case LEASE_TERMS -> leaseTerms(properties, question);
                    default -> officeHours(properties);
                };
            }
            default -> Optional.empty();
        };
    }

    private static Optional<String> parking(List<PropertyDetail> properties) {
        List<String> described = properties.stream().filter(p -> p.parking() != null && !p.parking().isBlank())
                .map(p -> p.name() + ": " + p.parking().strip().replaceAll("\\.$", "") + ".").toList();
        if (described.isEmpty()) {
            return Optional.empty();
        }
        // Sentences, not a "; " list: the parking texts have semicolons of their own.
        List<String> shown = described.subList(0, Math.min(NAMED, described.size()));
        String more = described.size() > NAMED ? " " + (described.size() - NAMED) + " more communities list theirs."
                : "";
        return Optional.of("Here is the parking at our communities. " + String.join(" ", shown) + more
                + " Once we've picked a home, I can tell you about its parking in detail.");
    }

    private static Optional<String> fees(List<PropertyDetail> properties) {
        List<Fees> fees = properties.stream().map(PropertyDetail::fees).filter(Objects::nonNull).toList();
        if (fees.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(capitalized(feeRange("application fee", fees.stream().mapToInt(Fees::applicationFee)
                .summaryStatistics()) + " per applicant, and " + feeRange("admin fee", fees.stream()
                .mapToInt(Fees::adminFee).summaryStatistics())) + ", depending on the community. Once we've picked "
                + "a home, I can give you its exact fees and deposit.");
    }

    private static Optional<String> specials(List<PropertyDetail> properties) {
        List<String> offering = properties.stream().filter(p -> p.specials() != null && !p.specials().isEmpty())
                .map(p -> p.name() + ": " + String.join("; ", p.specials()) + ".").toList();
        if (offering.isEmpty()) {
            return properties.stream().anyMatch(p -> p.specials() != null)
                    ? Optional.of("None of our communities has a move-in special right now.") : Optional.empty();
        }
        String more = offering.size() > NAMED ? " " + (offering.size() - NAMED) + " more communities have one too."
                : "";
        return Optional.of("Current specials: " + String.join(" ", offering.subList(0, Math.min(NAMED,
                offering.size()))) + more + " The leasing team confirms the terms when you apply.");
    }

    /** Communities with a bus or rail line a short walk away; rail only when the question asks for a train. */
    private static Optional<String> transit(List<PropertyDetail> properties, String question) {
        boolean railOnly = question != null && RAIL.matcher(question.toLowerCase(Locale.ROOT)).find();
        List<String> served = properties.stream().filter(p -> p.transit() != null).flatMap(p -> p.transit().stream()
                .filter(line -> !railOnly || "rail".equals(line.mode())).limit(1)
                .map(line -> p.name() + " (" + line.line() + ", a " + line.walkMinutes() + "-minute walk)")).toList();
        if (properties.stream().allMatch(p -> p.transit() == null)) {
            return Optional.empty();
        }
        if (served.isEmpty()) {
            return Optional.of("None of our communities is a short walk from " + (railOnly ? "a rail line." : "transit."));
        }
        return Optional.of("Communities a short walk from " + (railOnly ? "rail" : "a bus or rail line") + ": "
                + String.join("; ", named(served)) + ".");
    }

    private static Optional<String> leaseTerms(List<PropertyDetail> properties, String question) {
        List<PropertyDetail> known = properties.stream().filter(p -> p.leaseTerms() != null).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        int shortest = known.stream().mapToInt(p -> p.leaseTerms().minMonths()).min().orElseThrow();
        int longest = known.stream().mapToInt(p -> p.leaseTerms().maxMonths()).max().orElseThrow();
        List<String> shortestAt = known.stream().filter(p -> p.leaseTerms().minMonths() == shortest)
                .map(PropertyDetail::name).toList();
        String monthToMonth = question != null && question.toLowerCase(Locale.ROOT)
                .matches(".*\\bmonth[- ]to[- ]month\\b.*") ? "None of our communities offers month-to-month leases. "
                : "";
        return Optional.of(monthToMonth + "Lease lengths run from " + shortest + " to " + longest + " months, "
                + "depending on the community. The shortest, " + shortest + " months, is at "
                + FactSummary.joined(named(shortestAt), "and") + "; shorter leases usually cost a bit more a month.");
    }

    /** The most common week first, then the communities whose offices keep other hours. */
    private static Optional<String> officeHours(List<PropertyDetail> properties) {
        Map<String, List<String>> namesByWeek = new LinkedHashMap<>();
        properties.forEach(property -> OfficeHoursText.week(property.officeHours()).ifPresent(week -> namesByWeek
                .computeIfAbsent(week, any -> new ArrayList<>()).add(property.name())));
        if (namesByWeek.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<String, List<String>>> weeks = namesByWeek.entrySet().stream()
                .sorted(Comparator.comparingInt(entry -> -entry.getValue().size())).toList();
        String usual = weeks.get(0).getKey();
        String thenAsk = " Once we've picked a home, I can tell you its office hours.";
        if (weeks.size() == 1) {
            return Optional.of("Our leasing offices are open " + usual + "." + thenAsk);
        }
        int described = namesByWeek.values().stream().mapToInt(List::size).sum();
        List<String> others = weeks.stream().skip(1).flatMap(entry -> entry.getValue().stream()
                .map(name -> name + ": " + entry.getKey() + ".")).toList();
        String more = others.size() > NAMED ? " " + (others.size() - NAMED) + " more keep hours of their own." : "";
        return Optional.of("At " + weeks.get(0).getValue().size() + " of our " + described + " communities, the "
                + "leasing office is open " + usual + ". Elsewhere: " + String.join(" ",
                others.subList(0, Math.min(NAMED, others.size()))) + more + thenAsk);
    }

    private static String feeRange(String fee, IntSummaryStatistics amounts) {
        return amounts.getMin() == amounts.getMax() ? "the " + fee + " is " + FactSummary.money(amounts.getMin())
                : "the " + fee + " runs from " + FactSummary.money(amounts.getMin()) + " to "
                + FactSummary.money(amounts.getMax());
    }

    private static Optional<String> describe(Topic topic, List<Listing> listings, String question) {
        return switch (topic) {
            case PETS -> Optional.of(PetAnswers.forPortfolio(listings, question));
            case AMENITIES -> features(listings, question);
            case RENT -> Optional.of("Our homes rent from " + FactSummary.money(listings.stream()
                    .mapToInt(Listing::minRent).min().orElse(0)) + " to " + FactSummary.money(listings.stream()
                    .mapToInt(Listing::maxRent).max().orElse(0)) + " a month. " + CRITERIA);
            case UNIT_SIZES -> Optional.of(sizes(listings) + " " + CRITERIA);
            case LOCATION -> Optional.of("We have homes in " + FactSummary.joined(areas(listings), "and")
                    + ". Which area would you like to live in?");
            default -> Optional.empty();
        };
    }

    private static Optional<String> features(List<Listing> listings, String question) {
        List<AmenityAnswers.Feature> asked = AmenityAnswers.askedAbout(question);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(asked.stream().map(feature -> {
            List<String> having = listings.stream().filter(listing -> AmenityAnswers.listed(listing.amenities(),
                    feature)).map(Listing::name).toList();
            return having.isEmpty() ? "None of our communities lists " + feature.name() + "."
                    : capitalized(feature.name()) + ": " + FactSummary.joined(named(having), "and") + ".";
        }).collect(Collectors.joining(" ")));
    }

    private static String sizes(List<Listing> listings) {
        List<Integer> bedrooms = listings.stream().filter(listing -> listing.bedroomsOffered() != null)
                .flatMap(listing -> listing.bedroomsOffered().stream()).distinct().sorted().toList();
        List<String> withBedrooms = bedrooms.stream().filter(count -> count > 0).map(String::valueOf).toList();
        String studios = bedrooms.contains(0) ? "studios" : "";
        String homes = withBedrooms.isEmpty() ? "" : FactSummary.joined(withBedrooms, "and") + "-bedroom homes";
        return "We have " + (studios.isEmpty() || homes.isEmpty() ? studios + homes : studios + " and " + homes)
                + ".";
    }

    static List<String> named(List<String> names) {
        if (names.size() <= NAMED) {
            return names;
        }
        List<String> shown = new ArrayList<>(names.subList(0, NAMED));
        shown.add((names.size() - NAMED) + " more");
        return shown;
    }

    private static List<String> areas(List<Listing> listings) {
        return listings.stream().map(Listing::area).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
