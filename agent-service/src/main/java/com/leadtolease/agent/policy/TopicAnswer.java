package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingUnavailable;
import com.leadtolease.agent.client.SearchCriteria;
import com.leadtolease.agent.domain.ConversationSession;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a question on a known topic (pets, parking, fees, ...) from property data: about the property the
 * conversation is about (chosen, the website's, or the first offered), else across the portfolio.
 */
@ApplicationScoped
public class TopicAnswer {

    private final BookingApi booking;

    TopicAnswer(BookingApi booking) {
        this.booking = booking;
    }

    public String answer(ConversationSession session, Topic topic, String question) {
        String propertyId = session.chosenPropertyId != null ? session.chosenPropertyId
                : session.contextPropertyId != null ? session.contextPropertyId
                : session.offeredListings.isEmpty() ? null : session.offeredListings.get(0).propertyId;
        try {
            if (propertyId == null) {
                return PortfolioAnswers.answer(topic, () -> booking.search(session.id, SearchCriteria.ANY),
                        id -> booking.property(session.id, id), question)
                        .orElseGet(() -> PropertyAnswers.answer(topic, null));
            }
            return PropertyAnswers.answer(topic, booking.property(session.id, propertyId).orElse(null), question);
        } catch (BookingUnavailable e) {
            return "I can't look that up right now — please try again in a minute.";
        }
    }
}
