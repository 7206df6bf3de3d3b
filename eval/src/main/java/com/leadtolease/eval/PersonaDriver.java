package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.leadtolease.devstack.ChatConversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plays one persona over the web chat: its scripted messages, then — like a prospect who wants a tour — answers what
 * the agent asks from the persona's truth, picks the offered listing and the first offered time, gives contact
 * details, and after booking its follow-ups (move, cancel). Every offered slot card is checked against the booking
 * API's availability when offered; the tour and the lead are read back through the API at the end.
 */
final class PersonaDriver {

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);
    private static final int MAX_TURNS = 16;
    private static final DateTimeFormatter SPOKEN_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final Api api;
    private final Instant runStart;

    PersonaDriver(Api api, Instant runStart) {
        this.api = api;
        this.runStart = runStart;
    }

    PersonaResult run(Persona persona) {
        PersonaResult result = new PersonaResult(persona);
        try (ChatConversation chat = api.openChat()) {
            result.sessionId = chat.sessionId();
            Conversation conversation = new Conversation(chat, persona, result);
            conversation.play();
            checkTour(conversation, result);
            checkFacts(persona, result);
        } catch (Exception | AssertionError e) {
            result.error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return result;
    }

    /** The chat's state as the prospect sees it. */
    private final class Conversation {
        private final ChatConversation chat;
        private final Persona persona;
        private final PersonaResult result;
        private final Map<String, SlotCheck.Status> offered = new HashMap<>();
        private JsonNode last;
        private String tourId;
        private String bookedSlotId;
        private int moveDateAsked;
        private final List<String> sentAutomatically = new ArrayList<>();

        Conversation(ChatConversation chat, Persona persona, PersonaResult result) {
            this.chat = chat;
            this.persona = persona;
            this.result = result;
        }

        void play() throws Exception {
            last = exchange(chat::start, "(start)", null);
            for (Persona.Step step : persona.steps()) {
                if (result.handedOff) {
                    return;
                }
                take(step);
            }
            while (persona.expectBooking() && tourId == null && !result.handedOff && result.turns < MAX_TURNS) {
                respond();
            }
            if (tourId == null || result.handedOff) {
                return;
            }
            for (Persona.Step step : persona.after()) {
                if (result.handedOff) {
                    return;
                }
                take(step);
            }
        }

        private void take(Persona.Step step) throws Exception {
            if (step.chooseSlot()) {
                Optional<JsonNode> slot = firstFreeSlot(last);
                if (slot.isEmpty()) {
                    result.problem("no time offered to choose after \"" + brief(last) + "\"");
                    return;
                }
                chooseSlot(slot.get(), step.expect());
            } else {
                say(step.say(), step.expect());
            }
        }

        /** The prospect's next move when the script is done: answer the question asked, take the offer. */
        private void respond() throws Exception {
            Optional<JsonNode> slot = firstFreeSlot(last);
            if (slot.isPresent()) {
                chooseSlot(slot.get(), Outcome.ANSWER);
                return;
            }
            List<JsonNode> listings = cards(last, "listing");
            if (!listings.isEmpty()) {
                JsonNode listing = listings.get(Math.min(persona.preferListing(), listings.size() - 1));
                String propertyId = listing.path("propertyId").asText();
                last = exchange(() -> chat.action("choose_listing", Map.of("propertyId", propertyId)),
                        "[choose listing " + propertyId + "]", Outcome.ANSWER);
                return;
            }
            String text = answerFor(last);
            sentAutomatically.add(text);
            long repeats = sentAutomatically.stream().filter(text::equals).count();
            if (repeats > 3) {
                result.problem("stuck: the agent kept asking \"" + brief(last) + "\"");
                result.turns = MAX_TURNS;
                return;
            }
            say(text, Outcome.ANSWER);
        }

        private String answerFor(JsonNode reply) {
            String asked = reply.path("reply").asText("").toLowerCase(Locale.ROOT);
            JsonNode truth = persona.truth();
            if (asked.contains("to book it i need") || asked.contains("your name")) {
                return "I'm " + truth.path("name").asText() + ", " + truth.path("email").asText() + ", "
                        + truth.path("phone").asText();
            }
            if (asked.contains("when would you like to move")) {
                // a vague persona answers vaguely once, then names the date like a prospect asked twice would
                String exact = spokenDate(truth.path("move_date").asText(null));
                String when = moveDateAsked++ == 0 ? persona.answers().path("moveDate").asText(exact) : exact;
                if (!asked.contains("pets")) {
                    return when;
                }
                String pets = petsSentence(truth.path("pets"));
                return when + ", and " + (pets.startsWith("no ") ? pets : "I have " + pets);
            }
            if (asked.contains("pets")) {
                return petsSentence(truth.path("pets"));
            }
            if (asked.contains("which area") || asked.contains("how many bedrooms") || asked.contains("budget")) {
                return basics(truth);
            }
            if (asked.contains("which listing")) {
                return "the first one";
            }
            if (asked.contains("which time")) {
                return "the first one";
            }
            for (JsonNode quick : reply.path("quickReplies")) {
                String option = quick.asText();
                if (option.toLowerCase(Locale.ROOT).matches(".*(tour time|homes that fit|another time).*")) {
                    return option;
                }
            }
            return "I'd like to book a tour. " + basics(truth);
        }

        private void say(String text, Outcome expect) throws Exception {
            last = exchange(() -> chat.say(text), text, expect);
        }

        private void chooseSlot(JsonNode slot, Outcome expect) throws Exception {
            String slotId = slot.path("slotId").asText();
            last = exchange(() -> chat.action("choose_slot", Map.of("slotId", slotId,
                    "propertyId", slot.path("propertyId").asText())), "[choose slot " + slot.path("label").asText() + "]",
                    expect);
        }

        /** Sends, waits for the reply (again after a rate limit), then checks and records it. */
        private JsonNode exchange(Supplier<String> send, String said, Outcome expected) throws Exception {
            JsonNode reply = awaitAnswer(send);
            if (expected != null) {
                result.turns++;
                Outcome got = Outcome.of(reply);
                result.guardrailChecked++;
                if (got == expected) {
                    result.guardrailMatched++;
                } else {
                    result.problem("expected " + expected.label() + ", got " + got.label() + " for \"" + said + "\"");
                }
                result.handedOff |= got == Outcome.HANDOFF;
            }
            result.transcript.add("> " + said);
            result.transcript.add("< " + brief(reply));
            verifyOfferedSlots(reply);
            recordTourActions(reply);
            return reply;
        }

        private JsonNode awaitAnswer(Supplier<String> send) throws Exception {
            for (int attempt = 1; attempt <= 10; attempt++) {
                String id = send.get();
                long deadline = System.nanoTime() + REPLY_TIMEOUT.toNanos();
                Optional<JsonNode> answer = Optional.empty();
                while (answer.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                    answer = chat.answerTo(id);
                }
                if (answer.isEmpty()) {
                    throw new IllegalStateException("no reply within " + REPLY_TIMEOUT.toSeconds() + " s");
                }
                JsonNode frame = answer.get();
                if (!"error".equals(frame.path("type").asText())) {
                    return frame;
                }
                if (frame.path("status").asInt() != 429) {
                    throw new IllegalStateException("error frame " + frame);
                }
                Thread.sleep(Math.max(1, frame.path("retryAfter").asLong(5)) * 1000 + 500);
            }
            throw new IllegalStateException("still rate-limited after 10 attempts");
        }

        private void verifyOfferedSlots(JsonNode reply) throws Exception {
            for (JsonNode slot : cards(reply, "slot")) {
                String slotId = slot.path("slotId").asText();
                if (offered.containsKey(slotId)) {
                    continue;
                }
                String day = slot.path("start").asText("").length() >= 10 ? slot.path("start").asText().substring(0, 10)
                        : LocalDate.now().toString();
                SlotCheck.Status status = SlotCheck.of(slot, api.availability(slot.path("propertyId").asText(), day));
                offered.put(slotId, status);
                result.slotsOffered++;
                if (status != SlotCheck.Status.FREE) {
                    result.slotsInvented++;
                    result.problem("offered slot " + slotId + " (" + slot.path("label").asText() + ") is " + status
                            + " in the availability");
                }
            }
        }

        private void recordTourActions(JsonNode reply) {
            for (JsonNode action : reply.path("actions")) {
                String type = action.path("type").asText();
                if (type.equals("schedule_tour") && tourId == null) {
                    tourId = action.path("tourId").asText(null);
                    bookedSlotId = action.path("slotId").asText(null);
                    result.turnsToBooking = result.turns;
                }
            }
        }

        private Optional<JsonNode> firstFreeSlot(JsonNode reply) {
            // a move to another time must not pick the booked one again
            return cards(reply, "slot").stream()
                    .filter(slot -> offered.get(slot.path("slotId").asText()) == SlotCheck.Status.FREE)
                    .filter(slot -> !slot.path("slotId").asText().equals(bookedSlotId)).findFirst();
        }
    }

    private void checkTour(Conversation conversation, PersonaResult result) throws Exception {
        if (conversation.tourId == null) {
            if (conversation.persona.expectBooking() && !result.handedOff) {
                result.problem("no tour booked in " + result.turns + " turns; last reply \"" + brief(conversation.last) + "\"");
            }
            return;
        }
        Optional<JsonNode> tour = api.tour(conversation.tourId);
        if (tour.isEmpty()) {
            result.problem("the chat said tour " + conversation.tourId + " was booked, but the booking API has no such tour");
            return;
        }
        result.booked = true;
        result.tourStatus = tour.get().path("status").asText();
        String slotId = tour.get().path("slotId").asText();
        // a moved tour is on its new slot, a cancelled one keeps its slot: either way it must have been offered free
        result.bookedOnFreeSlot = conversation.offered.get(slotId) == SlotCheck.Status.FREE;
        if (!result.bookedOnFreeSlot) {
            result.problem("tour " + conversation.tourId + " is on slot " + slotId + ", which was not offered as a free slot");
        }
        if (!conversation.persona.expectTour().equals(result.tourStatus)) {
            result.problem("tour status " + result.tourStatus + ", expected " + conversation.persona.expectTour());
        }
    }

    private void checkFacts(Persona persona, PersonaResult result) throws Exception {
        Optional<JsonNode> lead = Optional.empty();
        for (int attempt = 0; attempt < 20 && lead.isEmpty(); attempt++) {
            lead = api.leadOfSession(result.sessionId, runStart);
            if (lead.isEmpty()) {
                Thread.sleep(500);
            }
        }
        for (String field : Facts.FIELDS) {
            if (!persona.truth().has(field)) {
                continue;
            }
            result.factsChecked++;
            String expected = Facts.normalise(field, persona.truth().get(field));
            String actual = lead.map(found -> Facts.normalise(field, Facts.field(found, field))).orElse(null);
            if (expected == null ? actual == null : expected.equals(actual)) {
                result.factsCorrect++;
            } else {
                result.problem("fact " + field + ": expected " + expected + ", CRM has " + actual);
            }
        }
        if (lead.isEmpty()) {
            result.problem("no lead in the CRM API for the chat session");
        }
    }

    private static List<JsonNode> cards(JsonNode reply, String type) {
        List<JsonNode> found = new ArrayList<>();
        if (reply != null) {
            reply.path("cards").forEach(card -> {
                if (type.equals(card.path("type").asText())) {
                    found.add(card);
                }
            });
        }
        return found;
    }

    static String basics(JsonNode truth) {
        StringBuilder text = new StringBuilder();
        if (truth.has("bedrooms")) {
            int bedrooms = truth.path("bedrooms").asInt();
            text.append(bedrooms == 0 ? "a studio" : bedrooms + " bedroom" + (bedrooms == 1 ? "" : "s"));
        }
        if (truth.path("areas").size() > 0) {
            text.append(" in ").append(truth.path("areas").get(0).asText());
        }
        if (truth.has("budget")) {
            text.append(" under $").append(truth.path("budget").asInt());
        }
        return text.toString().trim();
    }

    static String petsSentence(JsonNode pets) {
        if (pets == null || pets.isEmpty()) {
            return "no pets";
        }
        List<String> each = new ArrayList<>();
        pets.forEach(pet -> each.add("a " + pet.asText()));
        return String.join(" and ", each);
    }

    static String spokenDate(String isoDate) {
        return isoDate == null ? "next month" : LocalDate.parse(isoDate).format(SPOKEN_DATE);
    }

    private static String brief(JsonNode reply) {
        if (reply == null) {
            return "";
        }
        String text = reply.path("reply").asText("").replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
