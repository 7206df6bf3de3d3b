package com.leadtolease.agent.service;

import com.leadtolease.agent.config.AgentConfig;
import com.leadtolease.agent.config.AgentMode;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.domain.Turn;
import com.leadtolease.agent.guardrail.GuardrailHit;
import com.leadtolease.agent.guardrail.GuardrailReplies;
import com.leadtolease.agent.guardrail.InputGuardrail;
import com.leadtolease.agent.guardrail.OutputGuardrail;
import com.leadtolease.agent.llm.LlmConversation;
import com.leadtolease.agent.policy.AgentAction;
import com.leadtolease.agent.policy.Dialog;
import com.leadtolease.agent.policy.GuidedPolicy;
import com.leadtolease.agent.policy.TurnReply;
import com.leadtolease.agent.repository.AuditTrail;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.chat.AgentReplyData;
import com.leadtolease.contracts.chat.GuardrailData;
import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.platform.outbox.OutboxEvent;
import dev.langchain4j.data.message.UserMessage;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs one conversation turn end to end: input guardrail → guided policy, or in LLM mode the AI service with tools
 * (greetings and button actions stay guided) → output guardrail → lead upsert → session save (optimistic) →
 * the turn committed in one session write with its transcript lines and events (chat.outbound, agent.actions), then
 * copied out for the relay ({@link TurnLedger}).
 */
@ApplicationScoped
public class ConversationService {

    private final SessionRepository sessions;
    private final TurnLedger ledger;
    private final GuidedPolicy policy;
    private final Dialog dialog;
    private final LlmConversation llm;
    private final AgentMode mode;
    private final InputGuardrail inputGuardrail;
    private final OutputGuardrail outputGuardrail;
    private final AuditTrail audit;
    private final MessageLog messages;
    private final LeadService leads;
    private final OutboxEvents events;
    private final Clock clock;
    private final ZoneId defaultZone;

    ConversationService(SessionRepository sessions, TurnLedger ledger, GuidedPolicy policy, Dialog dialog,
                        LlmConversation llm, AgentMode mode, InputGuardrail inputGuardrail,
                        OutputGuardrail outputGuardrail, AuditTrail audit, MessageLog messages, LeadService leads,
                        OutboxEvents events, Clock clock, AgentConfig config) {
        this.sessions = sessions;
        this.ledger = ledger;
        this.policy = policy;
        this.dialog = dialog;
        this.llm = llm;
        this.mode = mode;
        this.inputGuardrail = inputGuardrail;
        this.outputGuardrail = outputGuardrail;
        this.audit = audit;
        this.messages = messages;
        this.leads = leads;
        this.events = events;
        this.clock = clock;
        this.defaultZone = ZoneId.of(config.timeZone());
    }

    /**
     * Events a turn publishes beside its reply, in the same write (the email asking a webhook's lead to chat). Run once
     * the turn is decided and the lead recorded.
     */
    @FunctionalInterface
    public interface FollowUps {
        FollowUps NONE = (session, answer, now) -> List.of();

        List<OutboxEvent> of(ConversationSession session, AgentReply answer, Instant now);
    }

    /** @param sessionId null for a new id; given when the chat gateway already named the session */
    public AgentReply start(String sessionId, String leadId, String channel, String propertyId, String messageId) {
        ConversationSession session = open(sessionId, leadId, channel, propertyId);
        return runTurn(session, null, messageId, false, reply -> policy.greet(session, reply));
    }

    /**
     * The first turn of a conversation the agent starts with a lead (from a webhook) on the session the gateway named:
     * opened with the lead's facts (resumed if a crash came before its first turn), answered with a welcome that
     * shows what the form said. {@code formMessage}, if any, is kept as the lead's first line.
     */
    public AgentReply welcome(String sessionId, String leadId, String channel, String propertyId, String formMessage,
                              String messageId, FollowUps followUps) {
        ConversationSession session = sessions.findByIdOptional(sessionId).map(ConversationService::requireOpen)
                .orElseGet(() -> open(sessionId, leadId, channel, propertyId));
        String inbound = formMessage == null || formMessage.isBlank() ? null : formMessage;
        return runTurn(session, inbound, messageId, false, reply -> dialog.welcomeFromForm(session, reply),
                followUps);
    }

    private ConversationSession open(String sessionId, String leadId, String channel, String propertyId) {
        Instant now = clock.instant();
        ConversationSession session = ConversationSession.open(sessionId != null ? sessionId
                : UUID.randomUUID().toString(), channel == null ? "web" : channel, propertyId, now);
        if (leadId != null) {
            session.startFrom(leads.find(leadId).orElseThrow(() -> ProblemException.invalidField("leadId",
                    "no lead with this id")));
        }
        try {
            sessions.persist(session);
        } catch (com.mongodb.MongoWriteException duplicate) {
            throw ProblemException.conflict("Conversation " + session.id
                    + " has already started; send a message instead.", Map.of());
        }
        return session;
    }

    public AgentReply reply(String sessionId, String text, String messageId) {
        return answer(openSession(sessionId), text, messageId);
    }

    /**
     * Answers a message of the chat gateway, which may open a conversation with its first message instead of a
     * start: then the conversation is opened without a greeting and the message answered.
     */
    public AgentReply replyOpeningIfNew(String sessionId, String leadId, String channel, String propertyId,
                                        String text, String messageId) {
        return replyOpeningIfNew(sessionId, leadId, channel, propertyId, text, messageId, FollowUps.NONE);
    }

    /** The same, with events published beside the reply (a reply by email to a message that came by webhook). */
    public AgentReply replyOpeningIfNew(String sessionId, String leadId, String channel, String propertyId,
                                        String text, String messageId, FollowUps followUps) {
        ConversationSession session = sessions.findByIdOptional(sessionId).map(ConversationService::requireOpen)
                .orElseGet(() -> open(sessionId, leadId, channel, propertyId));
        return answer(session, text, messageId, followUps);
    }

    /**
     * While staff hold the conversation, a message is stored, its facts (budget, dates, contact) read into the lead, a
     * guardrail hit recorded for staff to see, and it is acknowledged with an empty reply: nothing said.
     */
    private AgentReply answer(ConversationSession session, String text, String messageId) {
        return answer(session, text, messageId, FollowUps.NONE);
    }

    private AgentReply answer(ConversationSession session, String text, String messageId, FollowUps followUps) {
        LocalDate today = today(session);
        boolean heldByStaff = session.heldByStaff(clock.instant());
        return runTurn(session, text, messageId, !heldByStaff, reply -> {
            if (heldByStaff) {
                inputGuardrail.check(text).ifPresent(hit -> {
                    reply.guardrail(hit.kind().wireName());
                    audit.guardrail(session.id, hit.kind().wireName(), hit.rule(), false);
                });
                dialog.absorbFacts(session, text, today);
                if (mode.llm()) {
                    llm.remember(session.id, UserMessage.from(text));
                }
                return;
            }
            if (mode.llm()) {
                llm.onMessage(session, text, today, reply);
            } else {
                policy.onMessage(session, text, today, reply);
            }
        }, followUps);
    }

    public AgentReply action(String sessionId, String type, Map<String, Object> payload, String messageId) {
        ConversationSession session = openSession(sessionId);
        LocalDate today = today(session);
        String described = "[action " + type + "]";
        return runTurn(session, described, messageId, false,
                reply -> policy.onAction(session, type, payload, today, reply));
    }

    /**
     * The turn of a message id answered before (a redelivery or a re-send, not a new message), finished if a crash
     * interrupted it after its commit; empty if none.
     */
    public Optional<TurnLedger.Answered> answered(String sessionId, String messageId) {
        return ledger.answered(sessionId, messageId);
    }

    private ConversationSession openSession(String sessionId) {
        return requireOpen(sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("No conversation with sessionId " + sessionId)));
    }

    static ConversationSession requireOpen(ConversationSession session) {
        if (!session.isOpen()) {
            throw new ProblemException(Problem.of(410, "Gone", "Conversation " + session.id
                    + " has expired; start a new one with POST /api/agent/start"));
        }
        return session;
    }

    private AgentReply runTurn(ConversationSession session, String inboundText, String messageId, boolean checkInput,
                               Consumer<TurnReply> policyStep) {
        return runTurn(session, inboundText, messageId, checkInput, policyStep, FollowUps.NONE);
    }

    private AgentReply runTurn(ConversationSession session, String inboundText, String messageId, boolean checkInput,
                               Consumer<TurnReply> policyStep, FollowUps followUps) {
        ledger.finishLastTurn(session);
        Instant now = clock.instant();
        LocalDate today = today(session);
        TurnReply reply = new TurnReply();
        Optional<GuardrailHit> inputHit = checkInput ? inputGuardrail.check(inboundText) : Optional.empty();
        if (inputHit.isPresent()) {
            refuse(session, inputHit.get(), reply);
        } else {
            policyStep.accept(reply);
            checkOutput(session, reply);
        }
        if (reply.handoff()) {
            session.handOffRecorded(now, reply.actions().stream().filter(a -> AgentAction.HANDOFF.equals(a.type()))
                    .map(a -> a.details().get("reason")).findFirst().orElse("handoff"));
            if (inputHit.isEmpty()) {
                audit.handoff(session.id, session.handoffReason);
            }
        }
        int inboundIndex = inboundText == null ? -1 : session.nextTurnIndex();
        int outboundIndex = reply.text().isEmpty() ? -1 : session.nextTurnIndex();
        session.activeAt(now);
        leads.recordConversation(session);
        AgentReply answer = new AgentReply(session.id, reply.text(), session.stage, reply.cards(),
                reply.quickReplies(), reply.actions().stream().map(AgentAction::toView).toList(),
                new GuardrailData(reply.guardrail(), reply.handoff()));
        List<StoredMessage> lines = messages.lines(session.id, inboundIndex, inboundText, outboundIndex, reply.text(),
                session.stage, today);
        Turn turn = turn(session, messageId, now, reply, answer);
        turn.outbox.addAll(followUps.of(session, answer, now));
        if (!ledger.commit(session, turn, lines)) {
            throw ProblemException.conflict("Another message of this conversation was answered at the same time; "
                    + "please send yours again.", Map.of());
        }
        return answer;
    }

    private void refuse(ConversationSession session, GuardrailHit hit, TurnReply reply) {
        reply.say(GuardrailReplies.reply(hit)).quickReplies(GuardrailReplies.quickReplies(hit.kind()))
                .guardrail(hit.kind().wireName());
        if (hit.kind().handsOff()) {
            reply.handOff().action(AgentAction.handoff("guardrail: " + hit.kind().wireName(), session.turnCount));
            session.handOffAfterRefusal();
        }
        audit.guardrail(session.id, hit.kind().wireName(), hit.rule(), hit.kind().handsOff());
    }

    private void checkOutput(ConversationSession session, TurnReply reply) {
        List<String> own = new ArrayList<>();
        own.add(session.facts.email);
        own.add(session.facts.phone);
        OutputGuardrail.Checked checked = outputGuardrail.check(reply.text(), own);
        checked.hit().ifPresent(hit -> {
            reply.replaceText(checked.reply());
            reply.guardrail(hit.kind().wireName());
            audit.guardrail(session.id, hit.kind().wireName(), hit.rule(), false);
        });
    }

    private Turn turn(ConversationSession session, String messageId, Instant now, TurnReply reply,
                      AgentReply answer) {
        AgentReplyData outbound = new AgentReplyData(session.id, messageId, answer.reply(), answer.stage(),
                answer.cards(), answer.quickReplies(), answer.actions(), answer.guardrail());
        String type = reply.handoff() ? EventTypes.HANDOFF_REQUESTED : EventTypes.AGENT_REPLIED;
        Turn turn = Turn.answering(messageId, session.id, session.turnCount, now, events.entry(
                Topics.CHAT_OUTBOUND, type, session.id, now, outbound));
        for (AgentAction action : reply.actions()) {
            if (action.published()) {
                AgentActionData data = new AgentActionData(idempotencyKey(session.id, action.idempotencySeed()),
                        action.type(), session.id, session.leadId, new LeadContact(session.facts.name,
                        session.facts.email, session.facts.phone), action.propertyId(), action.details(), now);
                turn.outbox.add(events.entry(Topics.AGENT_ACTIONS, EventTypes.AGENT_ACTION, session.id, now,
                        data));
            }
        }
        return turn;
    }

    /** The same action of the same session always carries the same key, however often it is published. */
    public static String idempotencyKey(String sessionId, String seed) {
        return UUID.nameUUIDFromBytes((sessionId + ":" + seed).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private LocalDate today(ConversationSession session) {
        String zone = session.chosenPropertyZone;
        return clock.instant().atZone(zone == null ? defaultZone : ZoneId.of(zone)).toLocalDate();
    }
}
