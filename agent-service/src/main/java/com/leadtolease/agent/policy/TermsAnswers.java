package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.LeaseTerms;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.client.BookingViews.Utilities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lease lengths, utilities and move-in specials from the property's data; what it does not hold is not guessed. */
final class TermsAnswers {

    private static final Pattern MONTHS_ASKED = Pattern.compile("\\b(\\d{1,2}|three|six|nine|twelve|eighteen)"
            + "[- ]?(?:months?|mo)\\b");
    private static final Pattern MONTH_TO_MONTH = Pattern.compile("\\bmonth[- ]to[- ]month\\b");
    private static final Map<String, Integer> MONTH_WORDS = Map.of("three", 3, "six", 6, "nine", 9, "twelve", 12,
            "eighteen", 18);
    /** A utility as prospects name it, and the word the data uses for it. */
    private static final Map<String, Pattern> UTILITIES = Map.of(
            "water", Pattern.compile("\\bwater\\b|\\bsewer\\b"),
            "electricity", Pattern.compile("\\belectric\\w*|\\bpower\\b|\\blights\\b"),
            "gas", Pattern.compile("\\bgas\\b"),
            "internet", Pattern.compile("\\binternet\\b|\\bwi-?fi\\b|\\bcable\\b"),
            "trash", Pattern.compile("\\btrash\\b|\\bgarbage\\b|\\bwaste\\b"));

    private TermsAnswers() {
    }

    static Optional<String> lease(PropertyDetail property, String question) {
        LeaseTerms terms = property.leaseTerms();
        if (terms == null) {
            return Optional.empty();
        }
        String name = property.name();
        String range = terms.minMonths() == terms.maxMonths() ? name + " offers " + terms.minMonths()
                + "-month leases only."
                : "Leases at " + name + " run from " + terms.minMonths() + " to " + terms.maxMonths() + " months.";
        String premium = terms.shortTermPremium() == null || terms.shortTermUnderMonths() == null ? ""
                : " A lease shorter than " + terms.shortTermUnderMonths() + " months costs "
                + FactSummary.money(terms.shortTermPremium()) + " more a month.";
        String asked = question == null ? "" : question.toLowerCase(Locale.ROOT);
        String verdict = "";
        if (MONTH_TO_MONTH.matcher(asked).find()) {
            verdict = "Month-to-month leases aren't offered at " + name + "; the shortest lease is " + terms.minMonths()
                    + " months. ";
        } else {
            Matcher months = MONTHS_ASKED.matcher(asked);
            if (months.find()) {
                int wanted = months.group(1).chars().allMatch(Character::isDigit) ? Integer.parseInt(months.group(1))
                        : MONTH_WORDS.get(months.group(1));
                verdict = wanted >= terms.minMonths() && wanted <= terms.maxMonths()
                        ? "Yes, a " + wanted + "-month lease is possible at " + name + ". "
                        : "No, a " + wanted + "-month lease isn't offered at " + name + ". ";
            }
        }
        return Optional.of(verdict + range + premium);
    }

    static Optional<String> utilities(PropertyDetail property, String question) {
        Utilities utilities = property.utilities();
        if (utilities == null) {
            return Optional.empty();
        }
        List<String> included = orEmpty(utilities.included());
        List<String> paid = orEmpty(utilities.residentPaid());
        String asked = question == null ? "" : question.toLowerCase(Locale.ROOT);
        StringBuilder answer = new StringBuilder();
        UTILITIES.forEach((utility, pattern) -> {
            if (!pattern.matcher(asked).find()) {
                return;
            }
            if (included.stream().anyMatch(item -> item.contains(utility))) {
                answer.append("Yes, ").append(utility).append(" is included in the rent. ");
            } else if (paid.stream().anyMatch(item -> item.contains(utility))) {
                answer.append("No, ").append(utility).append(" is paid by the resident. ");
            }
        });
        answer.append("At ").append(property.name()).append(" the rent includes ")
                .append(included.isEmpty() ? "no utilities" : FactSummary.joined(included, "and")).append('.');
        if (!paid.isEmpty()) {
            answer.append(" Residents set up and pay ").append(FactSummary.joined(paid, "and")).append('.');
        }
        return Optional.of(answer.toString());
    }

    static Optional<String> specials(PropertyDetail property) {
        if (property.specials() == null) {
            return Optional.empty();
        }
        if (property.specials().isEmpty()) {
            return Optional.of(property.name() + " has no move-in specials right now; the rents I quote are the "
                    + "going rates.");
        }
        return Optional.of("Current specials at " + property.name() + ": " + String.join("; ", property.specials())
                + ". The leasing team confirms the terms when you apply.");
    }

    private static List<String> orEmpty(List<String> items) {
        return items == null ? List.of() : items;
    }
}
