package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.Awaiting;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.text.entities.Entities;
import com.leadtolease.text.entities.EntityExtractor;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of a message as this conversation should take them: the shared entity extraction, read in the light of
 * what the last reply asked (a bare "no" answers the pets question, a bare name the contact question), without pets
 * the prospect only asks about, and without a move-in date already past.
 */
@ApplicationScoped
public class FactReader {

    private static final Pattern BARE_NO = Pattern.compile("^\\s*(?:no|nope|none|nah|no,? thanks?)\\b[.!]?",
            Pattern.CASE_INSENSITIVE);
    /** Asked for the move-in date and pets at once, only a "no" on its own speaks of pets ("no idea" does not). */
    private static final Pattern ONLY_NO = Pattern.compile("\\s*(?:no|nope|none|nah)\\s*[.!]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_NAME = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})"
            + "\\s*(?:,|$)");

    private final EntityExtractor extractor;

    FactReader(EntityExtractor extractor) {
        this.extractor = extractor;
    }

    public Entities read(ConversationSession session, String text, LocalDate today) {
        Entities found = extractor.extract(text, today);
        if (found.pets() != null && !MessageReader.speaksOfOwnPets(text)) {
            found = new Entities(found.budget(), found.bedrooms(), found.moveDate(), null, found.areas(),
                    found.preferences(), found.name(), found.email(), found.phone());
        }
        if (found.pets() == null && (session.awaiting == Awaiting.PETS && BARE_NO.matcher(text).find()
                || session.awaiting == Awaiting.MOVE_DATE_AND_PETS && ONLY_NO.matcher(text).matches())) {
            found = new Entities(found.budget(), found.bedrooms(), found.moveDate(), List.of(), found.areas(),
                    found.preferences(), found.name(), found.email(), found.phone());
        }
        if (found.name() == null && session.facts.name == null && session.awaiting == Awaiting.CONTACT) {
            Matcher bareName = BARE_NAME.matcher(text);
            if (bareName.find() && !bareName.group(1).contains("@")) {
                found = new Entities(found.budget(), found.bedrooms(), found.moveDate(), found.pets(), found.areas(),
                        found.preferences(), bareName.group(1), found.email(), found.phone());
            }
        }
        if (found.moveDate() != null && found.moveDate().isBefore(today)) {
            found = new Entities(found.budget(), found.bedrooms(), null, found.pets(), found.areas(),
                    found.preferences(), found.name(), found.email(), found.phone());
        }
        return found;
    }
}
