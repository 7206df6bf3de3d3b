package com.leadtolease.text.entities;

import com.leadtolease.text.normalize.TextNormalizer;
import com.leadtolease.text.pii.PiiPatterns;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads budget, bedrooms, move-in date, pets, areas, amenity preferences, name, email and phone from one message.
 * The same extraction serves live chat, historical conversations and free-text CRM inquiries.
 */
public final class EntityExtractor {

    private final TextNormalizer normalizer = new TextNormalizer();
    private final BudgetExtractor budgets = new BudgetExtractor();
    private final BedroomExtractor bedrooms = new BedroomExtractor();
    private final MoveDateExtractor moveDates = new MoveDateExtractor();
    private final PetExtractor pets = new PetExtractor();
    private final PreferenceExtractor preferences = new PreferenceExtractor();
    private final NameExtractor names = new NameExtractor();
    private final AreaGazetteer areas;

    /** With the Houston-area gazetteer shipped in this library. */
    public EntityExtractor() {
        this(AreaGazetteer.houston());
    }

    public EntityExtractor(AreaGazetteer areas) {
        this.areas = areas;
    }

    /**
     * @param referenceDate the day the message was written, against which "next month" or "June 1st" are resolved
     */
    public Entities extract(String text, LocalDate referenceDate) {
        return extractNormalized(normalizer.normalize(text), referenceDate);
    }

    /** As {@link #extract}, for text that already went through {@link TextNormalizer}. */
    public Entities extractNormalized(String normalized, LocalDate referenceDate) {
        String lower = normalized.toLowerCase(Locale.ROOT);
        List<String> foundAreas = areas.find(normalized);
        return new Entities(
                budgets.extract(lower),
                bedrooms.extract(lower),
                moveDates.extract(lower, referenceDate),
                pets.extract(lower),
                foundAreas,
                preferences.extract(lower),
                notAnArea(names.extract(normalized), foundAreas),
                first(PiiPatterns.EMAIL, normalized),
                first(PiiPatterns.PHONE, normalized));
    }

    /** "Thanks, Katy" signs off to a place, not a person. */
    private static String notAnArea(String name, List<String> areas) {
        return name != null && areas.stream().anyMatch(name::equalsIgnoreCase) ? null : name;
    }

    private static String first(Pattern pattern, String text) {
        if (!PiiPatterns.mayMatch(pattern, text)) {
            return null;
        }
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }
}
