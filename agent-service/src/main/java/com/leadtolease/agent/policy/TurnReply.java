package com.leadtolease.agent.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the agent answers in one turn, built up by the policy. */
public final class TurnReply {

    private final List<String> sentences = new ArrayList<>();
    private final List<Map<String, Object>> cards = new ArrayList<>();
    private final List<String> quickReplies = new ArrayList<>();
    private final List<AgentAction> actions = new ArrayList<>();
    private boolean handoff;
    private String guardrail;

    public TurnReply say(String sentence) {
        if (sentence != null && !sentence.isBlank()) {
            sentences.add(sentence.strip());
        }
        return this;
    }

    public TurnReply card(Map<String, Object> card) {
        cards.add(card);
        return this;
    }

    public TurnReply quickReplies(List<String> options) {
        quickReplies.clear();
        quickReplies.addAll(options);
        return this;
    }

    public TurnReply action(AgentAction action) {
        actions.add(action);
        return this;
    }

    public TurnReply handOff() {
        handoff = true;
        return this;
    }

    public TurnReply guardrail(String kind) {
        guardrail = kind;
        return this;
    }

    /** Replaces everything said so far (an output guardrail rewrote it). */
    public void replaceText(String text) {
        sentences.clear();
        sentences.add(text);
    }

    public String text() {
        return String.join(" ", sentences);
    }

    public List<Map<String, Object>> cards() {
        return List.copyOf(cards);
    }

    public List<String> quickReplies() {
        return List.copyOf(quickReplies);
    }

    public List<AgentAction> actions() {
        return List.copyOf(actions);
    }

    public boolean handoff() {
        return handoff;
    }

    public String guardrail() {
        return guardrail;
    }
}
