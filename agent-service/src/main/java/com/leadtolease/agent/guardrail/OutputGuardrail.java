package com.leadtolease.agent.guardrail;

import com.leadtolease.text.pii.PiiKind;
import com.leadtolease.text.pii.PiiPatterns;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a reply before it leaves: it must not characterize places or people by a protected class (property data
 * such as amenity lists is quoted into replies), and it must not carry anyone's email or phone but the prospect's own.
 */
@ApplicationScoped
public class OutputGuardrail {

    /** A neutral sentence that replaces a reply that failed the check. */
    static final String NEUTRAL_REPLACEMENT = "Every home we list is open to everyone. I can compare places by price, "
            + "size, commute, pet policy and amenities — what matters most to you?";

    public Checked check(String reply, Collection<String> ownContacts) {
        String lower = reply.toLowerCase(Locale.ROOT);
        boolean steering = FairHousingRules.RULES.stream().anyMatch(rule -> rule.matches(lower));
        if (steering) {
            return new Checked(NEUTRAL_REPLACEMENT, Optional.of(new GuardrailHit(GuardrailKind.FAIR_HOUSING,
                    "output_protected_class")));
        }
        Set<String> own = ownContacts.stream().filter(c -> c != null && !c.isBlank())
                .flatMap(c -> Set.of(PiiKind.EMAIL.canonicalize(c), PiiKind.PHONE.canonicalize(c)).stream())
                .collect(Collectors.toSet());
        String emailsRemoved = removeForeign(reply, PiiPatterns.EMAIL, PiiKind.EMAIL, own);
        String cleaned = removeForeign(emailsRemoved, PiiPatterns.PHONE, PiiKind.PHONE, own);
        if (!cleaned.equals(reply)) {
            return new Checked(cleaned, Optional.of(new GuardrailHit(GuardrailKind.PROMPT_INJECTION,
                    "output_foreign_contact")));
        }
        return new Checked(reply, Optional.empty());
    }

    private static String removeForeign(String text, Pattern pattern, PiiKind kind, Set<String> own) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = own.contains(kind.canonicalize(matcher.group())) ? matcher.group() : "[removed]";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** @param hit present when the reply was changed */
    public record Checked(String reply, Optional<GuardrailHit> hit) {
    }
}
