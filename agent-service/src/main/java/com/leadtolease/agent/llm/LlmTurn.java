package com.leadtolease.agent.llm;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.OfferedSlot;
import com.leadtolease.agent.policy.AgentAction;
import com.leadtolease.agent.policy.TurnReply;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the tools did in one LLM turn: the session they work on, and what they produced for the reply — cards,
 * actions, hand-off — plus every slot a tool returned, the only times the reply may name.
 */
public final class LlmTurn {

    private final ConversationSession session;
    private final LocalDate today;
    private final List<Map<String, Object>> listingCards = new ArrayList<>();
    private final List<Map<String, Object>> slotCards = new ArrayList<>();
    private final List<AgentAction> actions = new ArrayList<>();
    private final List<OfferedSlot> toolSlots = new ArrayList<>();
    private final List<String> toolReplies = new ArrayList<>();
    private List<String> quickReplies = List.of();
    private boolean handoff;

    LlmTurn(ConversationSession session, LocalDate today) {
        this.session = session;
        this.today = today;
    }

    public ConversationSession session() {
        return session;
    }

    public LocalDate today() {
        return today;
    }

    /** Takes what a guided-mode step wrote into a scratch reply: its cards, actions and hand-off. */
    void absorb(TurnReply scratch) {
        for (Map<String, Object> card : scratch.cards()) {
            if ("slot".equals(card.get("type"))) {
                slotCards.add(card);
            } else {
                listingCards.add(card);
            }
        }
        actions.addAll(scratch.actions());
        if (scratch.actions().stream().anyMatch(action -> AgentAction.SCHEDULE_TOUR.equals(action.type())
                || AgentAction.RESCHEDULE_TOUR.equals(action.type()))) {
            slotCards.clear(); // the tour is booked: the times offered before it are no longer a choice
        }
        if (!scratch.quickReplies().isEmpty()) {
            quickReplies = scratch.quickReplies();
        }
        if (scratch.handoff()) {
            handoff = true;
        }
        if (!scratch.text().isBlank()) {
            toolReplies.add(scratch.text());
        }
    }

    /** An availability answer: its slot cards replace older ones of this turn; its slots may be named. */
    void slotsShown(TurnReply scratch, List<OfferedSlot> slots) {
        slotCards.clear();
        absorb(scratch);
        toolSlots.addAll(slots);
    }

    void slotReturned(OfferedSlot slot) {
        toolSlots.add(slot);
    }

    public List<ZonedDateTime> slotStarts() {
        return toolSlots.stream().map(slot -> slot.start.atZone(ZoneId.of(slot.zone))).toList();
    }

    public List<OfferedSlot> toolSlots() {
        return List.copyOf(toolSlots);
    }

    public boolean tookActions() {
        return !actions.isEmpty() || handoff;
    }

    /** What the tools said, in guided-mode words: the answer when the model cannot finish the turn. */
    public String toolReplies() {
        return String.join(" ", toolReplies);
    }

    /** Copies the turn's cards, actions, quick replies and hand-off into the reply. */
    public void into(TurnReply reply) {
        listingCards.forEach(reply::card);
        slotCards.forEach(reply::card);
        actions.forEach(reply::action);
        if (!quickReplies.isEmpty()) {
            reply.quickReplies(quickReplies);
        }
        if (handoff) {
            reply.handOff();
        }
    }
}
