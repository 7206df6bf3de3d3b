package com.leadtolease.devstack.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One prospect's whole conversation: greeting, area/bedrooms/budget, move-in date, pets (→ listings), a listing
 * (→ tour times), a tour time, name + email + phone (→ booked, confirmation email), one more question. A slot taken
 * meanwhile by another prospect is answered with other times: the prospect picks again (up to five times). Facts
 * differ by profile so prospects spread over listings and slots; email and phone are unique per conversation.
 */
final class Prospect {

    /** Where the turns, bookings and replies of every conversation are counted. */
    interface Tally {
        void turn(long nanos);

        void booked(String tourId);

        /** The chosen time was taken meanwhile by another prospect; other times were offered. */
        void slotTaken();
    }

    record Profile(String area, int bedrooms, int budget, String moveIn, String pets) {
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("Katy", 2, 1900, "March 15", "I have a cat"),
            new Profile("Montrose", 1, 1400, "next month", "No pets"),
            new Profile("Pearland", 3, 2000, "April 1", "We have a small dog"),
            new Profile("Cypress", 2, 1600, "February 1", "No pets"),
            new Profile("Midtown", 1, 1500, "January 15", "I have a cat"),
            new Profile("Clear Lake", 2, 1500, "March 1", "I have a dog"),
            new Profile("Sugar Land", 3, 2400, "May 1", "No pets"),
            new Profile("Spring Branch", 1, 1100, "February 15", "I have two cats"));

    private static final int SLOT_ATTEMPTS = 5;

    private final HttpClient http;
    private final URI gateway;
    private final int thinkMs;

    Prospect(HttpClient http, URI gateway, int thinkMs) {
        this.http = http;
        this.gateway = gateway;
        this.thinkMs = thinkMs;
    }

    /** Conversation number {@code n} of the run, through to a booking; throws on anything unexpected. */
    void converse(long n, Tally tally) throws Exception {
        Profile profile = PROFILES.get((int) (n % PROFILES.size()));
        try (ChatSocket chat = ChatSocket.open(http, gateway)) {
            turn(chat, ChatSocket.frame("start"), tally, false);
            say(chat, "Hi, I'm looking for a " + profile.bedrooms() + " bedroom in " + profile.area() + " under $"
                    + profile.budget(), tally);
            say(chat, "I'd like to move in around " + profile.moveIn(), tally);
            JsonNode reply = say(chat, profile.pets(), tally);
            List<JsonNode> listings = cards(reply, "listing");
            if (listings.isEmpty()) {
                listings = cards(say(chat, "show me listings", tally), "listing");
            }
            JsonNode listing = pick(listings, "no listing offered");
            List<JsonNode> slots = cards(turn(chat, ChatSocket.action("choose_listing",
                    Map.of("propertyId", listing.path("propertyId").asText())), tally, true), "slot");
            reply = chooseSlot(chat, pick(slots, "no tour time offered"), tally);
            if (!booked(reply)) {
                reply = say(chat, contact(n), tally);
            }
            for (int attempt = 1; !booked(reply); attempt++) {
                slots = cards(reply, "slot");
                if (slots.isEmpty() || attempt >= SLOT_ATTEMPTS) {
                    throw new IllegalStateException("not booked after " + attempt + " tour time(s); reply: "
                            + abbreviated(reply.path("reply").asText()));
                }
                tally.slotTaken();
                reply = chooseSlot(chat, pick(slots, "no tour time offered"), tally);
            }
            tally.booked(tourId(reply));
            say(chat, "What are the fees?", tally);
            if (chat.messagesRepliedTwice() > 0) {
                throw new IllegalStateException(chat.messagesRepliedTwice() + " message(s) answered twice");
            }
        }
    }

    /** Synthetic contact details, unique per conversation (agent-service keeps leads unique by email and phone). */
    static String contact(long n) {
        return String.format("My name is Lee Loadtest, lee.load%d@load.test, phone (%03d) 555-%04d", n,
                201 + (n / 10_000) % 700, n % 10_000);
    }

    static boolean booked(JsonNode reply) {
        return reply.path("reply").asText().contains("You're booked");
    }

    /** The tour id of the schedule_tour action a booked reply carries. */
    static String tourId(JsonNode reply) {
        for (JsonNode action : reply.path("actions")) {
            JsonNode tourId = action.findValue("tourId");
            if (tourId != null && !tourId.asText().isEmpty()) {
                return tourId.asText();
            }
        }
        throw new IllegalStateException("booked, but the reply names no tour id");
    }

    static List<JsonNode> cards(JsonNode reply, String type) {
        List<JsonNode> found = new ArrayList<>();
        reply.path("cards").forEach(card -> {
            if (type.equals(card.path("type").asText())) {
                found.add(card);
            }
        });
        return found;
    }

    private JsonNode chooseSlot(ChatSocket chat, JsonNode slot, Tally tally) throws Exception {
        return turn(chat, ChatSocket.action("choose_slot", Map.of("slotId", slot.path("slotId").asText(),
                "propertyId", slot.path("propertyId").asText())), tally, true);
    }

    private JsonNode say(ChatSocket chat, String text, Tally tally) throws Exception {
        return turn(chat, ChatSocket.message(text), tally, true);
    }

    private JsonNode turn(ChatSocket chat, ObjectNode frame, Tally tally, boolean think) throws Exception {
        if (think && thinkMs > 0) {
            Thread.sleep(thinkMs / 2 + ThreadLocalRandom.current().nextInt(thinkMs + 1));
        }
        ChatSocket.Turn turn = chat.turn(frame);
        tally.turn(turn.nanos());
        return turn.reply();
    }

    private static JsonNode pick(List<JsonNode> offered, String none) {
        if (offered.isEmpty()) {
            throw new IllegalStateException(none);
        }
        return offered.get(ThreadLocalRandom.current().nextInt(offered.size()));
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
