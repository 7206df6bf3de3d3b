package com.leadtolease.agent.service;

import com.leadtolease.text.entities.EntityExtractor;
import com.leadtolease.text.pii.PiiRedactor;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message text for callers without {@code leads:read-pii}: emails, phones and street addresses as the shared PII
 * redactor finds them, and the person's names (those on file and any the message introduces) as {@code [NAME]}.
 */
@ApplicationScoped
public class TranscriptRedactor {

    static final String NAME = "[NAME]";
    private static final int SHORTEST_NAME = 2;

    private final PiiRedactor redactor;
    private final EntityExtractor extractor;

    TranscriptRedactor(PiiRedactor redactor, EntityExtractor extractor) {
        this.redactor = redactor;
        this.extractor = extractor;
    }

    /**
     * @param knownNames the person's names on file (lead, conversation facts); nulls are ignored
     * @param byThePerson true for the person's own message, where a name they introduce ("I'm Ana") is theirs too
     */
    public String redact(String text, Collection<String> knownNames, boolean byThePerson, LocalDate today) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String clean = redactor.redact(text).cleanText();
        Set<String> names = new LinkedHashSet<>();
        knownNames.forEach(name -> addName(names, name));
        if (byThePerson) {
            addName(names, extractor.extract(clean, today).name());
        }
        for (String name : names.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            clean = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(clean)
                    .replaceAll(Matcher.quoteReplacement(NAME));
        }
        return clean;
    }

    /** The whole name and each of its words, so "Ana" is hidden as well as "Ana Lopez". */
    private static void addName(Set<String> names, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String whole = name.strip();
        names.add(whole.toLowerCase(Locale.ROOT));
        for (String word : whole.split("\\s+")) {
            if (word.length() >= SHORTEST_NAME) {
                names.add(word.toLowerCase(Locale.ROOT));
            }
        }
    }
}
