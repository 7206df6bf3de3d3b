package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingUnavailable;
import com.leadtolease.agent.client.BookingViews.Listing;
import com.leadtolease.agent.client.SearchCriteria;
import com.leadtolease.agent.domain.ConversationSession;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Answers a question on a known topic (pets, parking, fees, ...) from property data: about the property the question
 * names ("is the Memorial property close to a grocery store?"), else the one the conversation is about (chosen, the
 * website's, or the first offered), else across the portfolio.
 */
@ApplicationScoped
public class TopicAnswer {

    /** A capitalised word after the first: the question may name a community; only then are listings read for it. */
    private static final Pattern PROPER_NOUN = Pattern.compile("\\s[A-Z][a-z]");

    private final BookingApi booking;

    TopicAnswer(BookingApi booking) {
        this.booking = booking;
    }

    public String answer(ConversationSession session, Topic topic, String question) {
        String inContext = session.chosenPropertyId != null ? session.chosenPropertyId
                : session.contextPropertyId != null ? session.contextPropertyId
                : session.offeredListings.isEmpty() ? null : session.offeredListings.get(0).propertyId;
        try {
            Supplier<List<Listing>> listings = memoized(() -> booking.search(session.id, SearchCriteria.ANY));
            String propertyId = (inContext == null || PROPER_NOUN.matcher(question).find()
                    ? NamedProperty.in(question, listings) : Optional.<String>empty()).orElse(inContext);
            if (propertyId == null) {
                return PortfolioAnswers.answer(topic, listings, id -> booking.property(session.id, id), question)
                        .orElseGet(() -> PropertyAnswers.answer(topic, null, question));
            }
            return PropertyAnswers.answer(topic, booking.property(session.id, propertyId).orElse(null), question);
        } catch (BookingUnavailable e) {
            return "I can't look that up right now — please try again in a minute.";
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> read) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = read.get();
            }
            @SuppressWarnings("unchecked")
            T result = (T) value[0];
            return result;
        };
    }
}
