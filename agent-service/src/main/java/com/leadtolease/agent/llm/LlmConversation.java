package com.leadtolease.agent.llm;

import com.leadtolease.agent.client.BookingUnavailable;
import com.leadtolease.agent.client.EmbeddingSearch;
import com.leadtolease.agent.client.EmbeddingViews.ContextMessage;
import com.leadtolease.agent.client.EmbeddingViews.SimilarMessage;
import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.domain.SlotPurpose;
import com.leadtolease.agent.guardrail.AvailabilityGuard;
import com.leadtolease.agent.policy.Dialog;
import com.leadtolease.agent.policy.GuidedPolicy;
import com.leadtolease.agent.policy.SlotFinder;
import com.leadtolease.agent.policy.TourDesk;
import com.leadtolease.agent.policy.TurnReply;
import com.leadtolease.agent.repository.AuditTrail;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One prospect message in LLM mode: facts read deterministically, context (thread summary + similar historical
 * messages), the AI service with its tools, then the availability check on what the model wrote. A model error, a
 * timeout or a tool loop that runs over its bound makes this turn a guided one (audited as {@code llm_fallback}).
 */
@ApplicationScoped
public class LlmConversation {

    private static final Logger LOG = Logger.getLogger(LlmConversation.class);
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    static final String NO_CHECKED_TIMES = "I can only offer tour times I've checked in our booking system — tell me "
            + "which property you'd like to tour and I'll look up the real free times.";

    private final LeasingAssistant assistant;
    private final LlmTurns turns;
    private final Dialog dialog;
    private final GuidedPolicy guided;
    private final SlotFinder slots;
    private final EmbeddingSearch embeddings;
    private final SessionChatMemories memories;
    private final AuditTrail audit;
    private final int ragExamples;

    LlmConversation(LeasingAssistant assistant, LlmTurns turns, Dialog dialog, GuidedPolicy guided, SlotFinder slots,
                    EmbeddingSearch embeddings, SessionChatMemories memories, AuditTrail audit, AgentConfig config) {
        this.slots = slots;
        this.assistant = assistant;
        this.turns = turns;
        this.dialog = dialog;
        this.guided = guided;
        this.embeddings = embeddings;
        this.memories = memories;
        this.audit = audit;
        this.ragExamples = config.llm().ragExamples();
    }

    public void onMessage(ConversationSession session, String text, LocalDate today, TurnReply reply) {
        LeadFacts before = session.facts.copy();
        dialog.absorbFacts(session, text, today);
        LlmTurn turn = turns.open(session, today);
        try {
            String written = assistant.reply(session.id, TODAY.format(today), LeadBrief.of(session),
                    examples(text), text);
            finish(session, turn, written, today, reply);
        } catch (RuntimeException e) {
            fallBack(session, turn, text, today, reply, e, before);
        } finally {
            turns.close(session.id);
        }
    }

    private void finish(ConversationSession session, LlmTurn turn, String written, LocalDate today,
                        TurnReply reply) {
        List<ZonedDateTime> allowed = new ArrayList<>(turn.slotStarts());
        if (session.tour != null) {
            allowed.add(session.tour.start.atZone(ZoneId.of(session.tour.zone)));
        }
        List<LocalDate> knownDates = session.facts.moveDate == null ? List.of() : List.of(session.facts.moveDate);
        AvailabilityGuard.Checked checked = AvailabilityGuard.check(written, allowed, knownDates, today);
        String text = checked.text().isBlank() && !turn.toolReplies().isBlank() ? turn.toolReplies() : checked.text();
        if (checked.corrected()) {
            audit.guardrail(session.id, "invented_availability", "removed " + checked.removed().size()
                    + " sentence(s) naming unchecked times", false);
            text = correct(session, turn, text, today);
        }
        reply.say(text);
        turn.into(reply);
    }

    /** Says the real times instead: this turn's tool slots, or a real availability check of the chosen property. */
    private String correct(ConversationSession session, LlmTurn turn, String text, LocalDate today) {
        if (!turn.toolSlots().isEmpty()) {
            return (text + " The tour times I can offer are: " + String.join("; ",
                    turn.toolSlots().stream().map(slot -> slot.label).distinct().toList()) + ".").strip();
        }
        if (session.chosenPropertyId != null && session.tour == null) {
            List<OfferedSlot> offered;
            try {
                offered = slots.offer(session.id, session.chosenPropertyId, today, null);
            } catch (BookingUnavailable e) {
                return (text + " " + NO_CHECKED_TIMES).strip();
            }
            if (offered.isEmpty()) {
                return (text + " I don't see any free tour times at " + session.chosenPropertyName + " in the next two "
                        + "weeks. Would you like to look at another listing, or talk to a person?").strip();
            }
            TurnReply scratch = new TurnReply();
            TourDesk.present(session, offered, SlotPurpose.BOOK, "The free tour times I can confirm at "
                    + session.chosenPropertyName + " are:", scratch);
            turn.slotsShown(scratch, offered);
            return (text + " " + scratch.text()).strip();
        }
        return (text + " " + NO_CHECKED_TIMES).strip();
    }

    private void fallBack(ConversationSession session, LlmTurn turn, String text, LocalDate today, TurnReply reply,
                          RuntimeException e, LeadFacts before) {
        String reason = reason(e);
        LOG.warnf("LLM turn of session %s falls back to guided mode: %s", session.id, reason);
        audit.llmFallback(session.id, reason, turn.tookActions());
        if (turn.tookActions()) {
            // A tool already booked, moved, cancelled or handed off: say what happened rather than act again.
            reply.say(turn.toolReplies());
            turn.into(reply);
        } else {
            session.restoreFacts(before); // guided mode reads the message's facts itself and answers what it learned
            guided.onMessage(session, text, today, reply);
        }
        remember(session.id, AiMessage.from(reply.text()));
    }

    /**
     * Keeps the model's memory in step with what was said outside its turns: a guided fallback reply, a staff member's
     * reply, a prospect's message while staff held the conversation.
     */
    public void remember(String sessionId, ChatMessage said) {
        try {
            memories.get(sessionId).add(said);
        } catch (RuntimeException e) {
            LOG.debugf("Could not record a message in the chat memory of %s: %s", sessionId, e);
        }
    }

    private String examples(String text) {
        List<SimilarMessage> similar = embeddings.similar(text, ragExamples, null, null, null);
        if (similar.isEmpty()) {
            return "(none found)";
        }
        StringBuilder examples = new StringBuilder();
        for (SimilarMessage match : similar) {
            List<ContextMessage> turnsAround = new ArrayList<>(match.contextOrEmpty());
            turnsAround.add(new ContextMessage(match.messageId(), match.turnIndex(), match.role(), match.text()));
            turnsAround.sort(Comparator.comparingInt(ContextMessage::turnIndex));
            examples.append("---\n");
            for (ContextMessage message : turnsAround) {
                examples.append(message.role()).append(": ").append(message.text()).append('\n');
            }
        }
        return examples.toString().strip();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("sequential tool executions")) {
            return "tool_loop: " + message;
        }
        if (root instanceof java.net.http.HttpTimeoutException || root instanceof java.util.concurrent.TimeoutException
                || root instanceof java.net.SocketTimeoutException || e.getClass().getSimpleName().contains("Timeout")
                || root.getClass().getSimpleName().contains("Timeout")) {
            return "timeout: " + root.getClass().getSimpleName();
        }
        return "model_error: " + e.getClass().getSimpleName() + (root != e ? " (" + root.getClass().getSimpleName()
                + ")" : "");
    }
}
