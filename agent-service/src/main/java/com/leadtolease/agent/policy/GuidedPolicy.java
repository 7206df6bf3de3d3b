package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.OfferedSlot;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The guided (no-LLM) agent: a deterministic slot-filling conversation. It reads what each message asks for
 * ({@link IntentReader}) and takes the matching {@link Dialog} step: asks only for what is missing, takes several
 * facts from one message, says back what it understood, shows real listings and free tour slots, books, moves and
 * cancels tours, answers common questions from property data, and hands off to a person when asked or after failing
 * to understand twice.
 */
@ApplicationScoped
public class GuidedPolicy {

    private final Dialog dialog;
    private final KnowledgeAnswers knowledge;

    GuidedPolicy(Dialog dialog, KnowledgeAnswers knowledge) {
        this.dialog = dialog;
        this.knowledge = knowledge;
    }

    public void greet(ConversationSession session, TurnReply reply) {
        dialog.greet(session, reply);
    }

    public void onMessage(ConversationSession session, String text, LocalDate today, TurnReply reply) {
        Optional<Intent> beforeFacts = IntentReader.beforeFacts(session, text);
        Dialog.Learned learned = beforeFacts.isPresent() ? Dialog.Learned.NOTHING
                : dialog.absorbFacts(session, text, today);
        Intent intent = beforeFacts.orElseGet(() -> IntentReader.afterFacts(session, text, today, learned));
        if (intent.kind() != Intent.Kind.HAND_OFF && intent.kind() != Intent.Kind.OTHER) {
            dialog.understood(session);
        }
        switch (intent.kind()) {
            case HAND_OFF -> dialog.handOff(session, "the prospect asked for a person", reply);
            case CANCEL -> dialog.cancel(session, reply);
            case RESCHEDULE -> dialog.reschedule(session, text, today, reply);
            case CHOOSE_SLOT -> dialog.chooseSlot(session, intent.slot(), reply);
            case CHOOSE_LISTING -> dialog.chooseListing(session, intent.propertyId(), today, reply);
            case BOOK_PENDING -> dialog.bookPending(session, reply);
            case ASK_TOPIC -> answerTopic(session, intent.topic(), text, today, learned, reply);
            case APPLY -> dialog.apply(session, null, reply);
            case REQUEST_DOCS -> dialog.requestDocs(session, null, reply);
            case FAVORITE -> dialog.favorite(session, intent.propertyId(), reply);
            case TELL_FACTS -> confirmFacts(session, today, learned, reply);
            case AGREE -> dialog.next(session, today, false, reply);
            case OTHER -> answerOrAskAgain(session, text, today, reply);
        }
    }

    /** A button the prospect pressed on a card or in the chat. */
    public void onAction(ConversationSession session, String type, Map<String, Object> payload, LocalDate today,
                         TurnReply reply) {
        dialog.understood(session);
        String propertyId = string(payload, "propertyId");
        switch (type) {
            case "choose_listing" -> dialog.chooseListing(session, propertyId, today, reply);
            case "choose_slot" -> {
                String slotId = string(payload, "slotId");
                Optional<OfferedSlot> slot = session.offeredSlots.stream()
                        .filter(offered -> offered.slotId.equals(slotId)).findFirst();
                if (slot.isEmpty()) {
                    reply.say("That time isn't one of the options I offered.").say(Questions.current(session));
                } else {
                    dialog.chooseSlot(session, slot.get(), reply);
                }
            }
            case "mark_favorite" -> dialog.favorite(session, propertyId, reply);
            case "request_docs" -> dialog.requestDocs(session, propertyId, reply);
            case "apply" -> dialog.apply(session, propertyId, reply);
            case "handoff" -> dialog.handOff(session, "the prospect pressed the hand-off button", reply);
            default -> throw new IllegalArgumentException("Unknown action type " + type);
        }
    }

    private void answerTopic(ConversationSession session, Topic topic, String text, LocalDate today,
                             Dialog.Learned learned, TurnReply reply) {
        reply.say(dialog.answer(session, topic, text));
        if (learned.criteriaChanged()) {
            reply.say(FactSummary.confirmation(session.facts));
            dialog.next(session, today, true, reply);
        } else if (session.awaiting != null) {
            reply.say(Questions.current(session));
        }
    }

    private void confirmFacts(ConversationSession session, LocalDate today, Dialog.Learned learned,
                              TurnReply reply) {
        if (learned.criteriaChanged()) {
            reply.say(FactSummary.confirmation(session.facts));
        } else {
            reply.say("Thanks" + (session.facts.name != null ? ", " + session.facts.name : "") + ".");
        }
        dialog.next(session, today, learned.criteriaChanged(), reply);
    }

    /** A question the knowledge base answers; anything else was not understood. */
    private void answerOrAskAgain(ConversationSession session, String text, LocalDate today, TurnReply reply) {
        Optional<String> known = MessageReader.isQuestion(text) ? knowledge.answer(session.id, text, today)
                : Optional.empty();
        if (known.isEmpty()) {
            dialog.misunderstood(session, text, reply);
            return;
        }
        dialog.understood(session);
        reply.say(known.get());
        if (session.awaiting != null) {
            reply.say(Questions.current(session));
        }
    }

    private static String string(Map<String, Object> payload, String key) {
        Object value = payload == null ? null : payload.get(key);
        return value == null ? null : value.toString();
    }
}
