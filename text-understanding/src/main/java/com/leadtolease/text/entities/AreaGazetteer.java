package com.leadtolease.text.entities;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Area names and their aliases, matched as whole words regardless of case. Phrases listed as "not areas" (such as
 * "Memorial Day" or "this spring") are ignored. Loaded from JSON:
 * {@code {"areas": {"The Heights": ["Heights", "Houston Heights"]}, "notAreas": ["memorial day"]}}.
 */
public final class AreaGazetteer {

    /** What comes right before an area the prospect does not want. */
    private static final Pattern TURNED_DOWN = Pattern.compile("(?:\\bnot|\\binstead of|\\brather than|\\bno longer"
            + "|\\banywhere but|\\bexcept)\\s+(?:(?:in|near|around|at)\\s+)?(?:the\\s+)?$");
    private static final String HOUSTON_RESOURCE = "/text-understanding/houston-areas.json";

    private final Map<String, List<String>> aliasesByArea;
    private final List<String> notAreas;
    private final Map<String, String> areaByPhrase = new HashMap<>();
    private final Pattern phrases;
    private final Pattern ignoredPhrases;

    /**
     * @param aliasesByArea canonical area name → aliases (the canonical name always matches too)
     * @param notAreas      phrases that contain an area name but do not mean the area
     */
    public AreaGazetteer(Map<String, List<String>> aliasesByArea, List<String> notAreas) {
        this.aliasesByArea = copy(aliasesByArea);
        this.notAreas = List.copyOf(notAreas);
        this.aliasesByArea.forEach((area, aliases) -> {
            areaByPhrase.put(key(area), area);
            aliases.forEach(alias -> areaByPhrase.put(key(alias), area));
        });
        this.phrases = alternation(areaByPhrase.keySet());
        this.ignoredPhrases = alternation(this.notAreas.stream().map(AreaGazetteer::key).toList());
    }

    /** The seeded Houston-area gazetteer shipped with this library. */
    public static AreaGazetteer houston() {
        try (InputStream json = AreaGazetteer.class.getResourceAsStream(HOUSTON_RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + HOUSTON_RESOURCE);
            }
            return fromJson(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + HOUSTON_RESOURCE, e);
        }
    }

    public static AreaGazetteer fromJson(InputStream json) throws IOException {
        GazetteerFile file = new ObjectMapper().readValue(json, GazetteerFile.class);
        return new AreaGazetteer(file.areas(), file.notAreas() == null ? List.of() : file.notAreas());
    }

    /** This gazetteer plus more areas or aliases (aliases of an existing area are added to it). */
    public AreaGazetteer withAreas(Map<String, List<String>> moreAliasesByArea) {
        Map<String, List<String>> merged = copy(aliasesByArea);
        moreAliasesByArea.forEach((area, aliases) -> merged.merge(area, List.copyOf(aliases), (old, more) -> {
            LinkedHashSet<String> union = new LinkedHashSet<>(old);
            union.addAll(more);
            return List.copyOf(union);
        }));
        return new AreaGazetteer(merged, notAreas);
    }

    /**
     * Canonical names of the areas mentioned, in order of first mention, without duplicates; an area the text turns
     * down ("Pearland, not Cypress", "instead of Katy") is left out unless it is also named plainly.
     */
    public List<String> find(String text) {
        String searchable = TextMasks.blank(ignoredPhrases, text.toLowerCase(Locale.ROOT));
        LinkedHashSet<String> found = new LinkedHashSet<>();
        Matcher matcher = phrases.matcher(searchable);
        while (matcher.find()) {
            String before = searchable.substring(Math.max(0, matcher.start() - 24), matcher.start());
            if (!TURNED_DOWN.matcher(before).find()) {
                found.add(areaByPhrase.get(key(matcher.group())));
            }
        }
        return new ArrayList<>(found);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> aliasesByArea) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        aliasesByArea.forEach((area, aliases) -> copy.put(area, List.copyOf(aliases)));
        return copy;
    }

    private static String key(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Whole-word alternation, longest phrases first so "Spring Branch" wins over "Spring". */
    private static Pattern alternation(Collection<String> lowerCasePhrases) {
        if (lowerCasePhrases.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String alternatives = lowerCasePhrases.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    record GazetteerFile(Map<String, List<String>> areas, List<String> notAreas) {
    }
}
