package com.leadtolease.agent.policy;

import com.leadtolease.agent.client.BookingApi;
import com.leadtolease.agent.client.BookingUnavailable;
import com.leadtolease.agent.client.BookingViews.PropertyDetail;
import com.leadtolease.agent.domain.Awaiting;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.text.stage.Stage;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.Optional;

/**
 * What the prospect asks the leasing team for — save a listing, send documents, apply — passed on as actions; a
 * request without a property is about the chosen one.
 */
@ApplicationScoped
public class ProspectRequests {

    private final BookingApi booking;

    ProspectRequests(BookingApi booking) {
        this.booking = booking;
    }

    public void favorite(ConversationSession session, String propertyId, TurnReply reply) {
        String id = propertyId != null ? propertyId : session.chosenPropertyId;
        if (id == null) {
            reply.say("Which listing would you like to save?");
            session.await(Awaiting.LISTING);
            return;
        }
        session.favorite(id);
        reply.say("Saved " + nameOf(session, id) + " to your favorites.")
                .action(new AgentAction(AgentAction.MARK_FAVORITE, id, Map.of(), "mark_favorite:" + id));
    }

    public void requestDocs(ConversationSession session, String propertyId, TurnReply reply) {
        String id = propertyId != null ? propertyId : session.chosenPropertyId;
        reply.say("I've asked our leasing team to send you the floor plans and lease documents"
                        + (id == null ? "" : " for " + nameOf(session, id)) + ".")
                .action(new AgentAction(AgentAction.REQUEST_DOCS, id, Map.of(),
                        "request_docs:" + (id == null ? "any" : id)));
        if (session.facts.email == null) {
            reply.say("What email address should they use?");
        }
    }

    public void apply(ConversationSession session, String propertyId, TurnReply reply) {
        String id = propertyId != null ? propertyId : session.chosenPropertyId;
        if (id == null) {
            reply.say("Happy to help you apply! Which property would you like to apply to?");
            session.await(Awaiting.LISTING);
            return;
        }
        session.reachStage(Stage.APPLYING);
        reply.say("Wonderful! I've let the leasing team know you'd like to apply to " + nameOf(session, id) + ".")
                .say(PropertyAnswers.answer(Topic.APPLICATION, property(session.id, id).orElse(null)))
                .action(new AgentAction(AgentAction.APPLY_NOW, id, Map.of(), "apply_now:" + id));
    }

    /** The property, or nothing when booking-service cannot say. */
    Optional<PropertyDetail> property(String sessionId, String propertyId) {
        try {
            return booking.property(sessionId, propertyId);
        } catch (BookingUnavailable e) {
            return Optional.empty();
        }
    }

    private static String nameOf(ConversationSession session, String propertyId) {
        if (propertyId.equals(session.chosenPropertyId) && session.chosenPropertyName != null) {
            return session.chosenPropertyName;
        }
        return session.offeredListings.stream().filter(l -> l.propertyId.equals(propertyId)).map(l -> l.name)
                .findFirst().orElse("that property");
    }
}
