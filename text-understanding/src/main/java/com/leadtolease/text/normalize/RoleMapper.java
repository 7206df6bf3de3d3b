package com.leadtolease.text.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps speaker labels ("Prospect", "Leasing Agent", "tenant" …) to {@link Role}, and reads them from text prefixes. */
public final class RoleMapper {

    private static final Map<String, Role> SYNONYMS = Map.ofEntries(
            Map.entry("lead", Role.LEAD),
            Map.entry("prospect", Role.LEAD),
            Map.entry("prospective tenant", Role.LEAD),
            Map.entry("prospective resident", Role.LEAD),
            Map.entry("renter", Role.LEAD),
            Map.entry("resident", Role.LEAD),
            Map.entry("tenant", Role.LEAD),
            Map.entry("applicant", Role.LEAD),
            Map.entry("customer", Role.LEAD),
            Map.entry("client", Role.LEAD),
            Map.entry("user", Role.LEAD),
            Map.entry("agent", Role.AGENT),
            Map.entry("leasing agent", Role.AGENT),
            Map.entry("leasing consultant", Role.AGENT),
            Map.entry("leasing office", Role.AGENT),
            Map.entry("property manager", Role.AGENT),
            Map.entry("manager", Role.AGENT),
            Map.entry("landlord", Role.AGENT),
            Map.entry("assistant", Role.AGENT),
            Map.entry("bot", Role.AGENT),
            Map.entry("staff", Role.AGENT));

    /** A short label, an optional "(name)", then ":" or a spaced dash, at the very start of the text. */
    private static final Pattern PREFIX = Pattern.compile(
            "^([A-Za-z][A-Za-z _.'-]{0,30}?)\\s*(?:\\([^)]{0,40}\\))?\\s*(?::|\\s-(?=\\s))\\s*(.*)$", Pattern.DOTALL);

    /** The role a label stands for, case-insensitively; empty when the label is blank or unknown. */
    public Optional<Role> map(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = label.strip().toLowerCase(Locale.ROOT).replaceAll("[_\\-.]+", " ").replaceAll("\\s+", " ").strip();
        return Optional.ofNullable(SYNONYMS.get(key));
    }

    /**
     * Reads a speaker prefix such as "Lead: hi", "Prospect - hi" or "Leasing Agent (Sam): hi"; empty when the text
     * does not start with a known role label.
     */
    public Optional<RoleAndText> inferFromPrefix(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = PREFIX.matcher(text.stripLeading());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return map(matcher.group(1)).map(role -> new RoleAndText(role, matcher.group(2).strip()));
    }
}
