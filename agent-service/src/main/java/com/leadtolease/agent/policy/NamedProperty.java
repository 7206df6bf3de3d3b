package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingViews.Listing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The community a question names: by its name ("Bagby Lofts"), a distinctive word of it ("the Memorial property",
 * "Bagby") or its area when only one listing is there ("the Katy one"). Nothing when the words fit none or several.
 */
final class NamedProperty {

    /** Words many community names share: they name none in particular. */
    private static final Set<String> GENERIC = Set.of("the", "at", "of", "residences", "residence", "homes", "home",
            "place", "court", "commons", "lofts", "flats", "villas", "apartments", "tower", "gardens", "square", "town",
            "center", "street", "st.", "ave", "avenue", "and", "on");

    private NamedProperty() {
    }

    static Optional<String> in(String question, Supplier<List<Listing>> listings) {
        String lower = " " + question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/.'-]+", " ") + " ";
        List<Listing> all = listings.get();
        Optional<Listing> byName = all.stream().filter(listing -> listing.name() != null
                && lower.contains(" " + listing.name().toLowerCase(Locale.ROOT) + " ")).findFirst();
        if (byName.isPresent()) {
            return byName.map(Listing::id);
        }
        Optional<String> byWord = single(all, NamedProperty::nameWords, lower);
        return byWord.isPresent() ? byWord : single(all, NamedProperty::areaWords, lower);
    }

    private static Optional<String> single(List<Listing> all, Function<Listing, Stream<String>> words, String text) {
        List<String> matching = all.stream().filter(listing -> words.apply(listing).anyMatch(word ->
                wholeWord(text, word))).map(Listing::id).distinct().toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static Stream<String> nameWords(Listing listing) {
        String name = listing.name() == null ? "" : listing.name().toLowerCase(Locale.ROOT);
        return Arrays.stream(name.split("\\s+")).filter(word -> word.length() >= 4 && !GENERIC.contains(word));
    }

    private static Stream<String> areaWords(Listing listing) {
        String area = listing.area() == null ? "" : listing.area().toLowerCase(Locale.ROOT);
        return Arrays.stream(area.split("/")).map(String::strip).filter(word -> word.length() >= 4);
    }

    private static boolean wholeWord(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
    }
}
