package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.support.InjectBookingService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.leadtolease.agent.GuidedConversationTest.call;
import static com.leadtolease.agent.support.BookingFixtures.listing;
import static com.leadtolease.agent.support.BookingFixtures.page;
import static com.leadtolease.agent.support.BookingFixtures.stubProperty;
import static com.leadtolease.agent.support.BookingFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fewer turns to a tour and no dead ends: the move-in date and pets asked in one question, vague move-in answers
 * taken as answers, an area corrected away from, and house-rules questions deferred honestly (not misunderstood).
 */
@QuarkusTest
class ConversationShortcutsTest {

    @InjectBookingService
    WireMockServer booking;
    @Inject
    SessionRepository sessions;

    @BeforeEach
    void stubListings() {
        booking.resetAll();
        for (String area : List.of("Cypress", "Pearland")) {
            booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo(area))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody(page(List.of(listing(area.toLowerCase() + "-oaks", area + " Oaks", area, 1400,
                                    List.of("cat", "dog")))))));
        }
    }

    private String start() {
        return call("/api/agent/start", Map.of()).getString("sessionId");
    }

    private JsonPath say(String sessionId, String text) {
        return call("/api/agent/reply", Map.of("sessionId", sessionId, "text", text));
    }

    @Test
    void oneAnswerGivesTheMoveInDateAndThePetsAndTheListingsFollow() {
        String sessionId = start();
        assertThat(say(sessionId, "2 bed in Cypress, budget 1700").getString("reply"))
                .contains("When would you like to move in, and will any pets be moving with you?");

        JsonPath listings = say(sessionId, "June 1, and I have a dog");

        assertThat(listings.getString("reply")).contains("Cypress Oaks").doesNotContain("pets be moving");
        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.facts.moveDate).isNotNull();
        assertThat(session.facts.moveDate.getMonthValue()).isEqualTo(6);
        assertThat(session.facts.pets).containsExactly("dog");
    }

    @Test
    void aBareNoToTheCombinedQuestionMeansNoPetsAndOnlyTheDateIsAskedAgain() {
        String sessionId = start();
        say(sessionId, "2 bed in Cypress, budget 1700");

        JsonPath askDate = say(sessionId, "no");

        assertThat(askDate.getString("reply")).contains("no pets").contains("When would you like to move in?")
                .doesNotContain("pets be moving");
        assertThat(sessions.findById(sessionId).facts.pets).isEmpty();
    }

    @Test
    void aSeasonIsAnApproximateMoveInDate() {
        String sessionId = start();
        say(sessionId, "2 bed in Cypress, budget 1700");

        JsonPath reply = say(sessionId, "not sure when, maybe sometime in the spring?");

        assertThat(reply.getString("reply")).doesNotContain("don't have the answer").doesNotContain("didn't quite catch")
                .contains("Will any pets be moving with you?");
        LocalDate moveDate = sessions.findById(sessionId).facts.moveDate;
        assertThat(moveDate.getMonthValue()).isEqualTo(3);
        assertThat(moveDate.getDayOfMonth()).isEqualTo(1);
        assertThat(moveDate).isAfter(today());
    }

    @Test
    void whenTheProspectHasNoDateTheAgentMovesOnInsteadOfHandingOff() {
        String sessionId = start();
        say(sessionId, "2 bed in Cypress, budget 1700");

        JsonPath askPets = say(sessionId, "No idea yet, whenever");
        assertThat(askPets.getBoolean("guardrail.handoff")).isFalse();
        assertThat(askPets.getString("reply")).contains("Will any pets be moving with you?")
                .doesNotContain("didn't quite catch");
        assertThat(sessions.findById(sessionId).facts.pets).as("\"no idea\" is not \"no pets\"").isNull();
        JsonPath listings = say(sessionId, "no pets");

        assertThat(listings.getString("reply")).contains("Cypress Oaks").doesNotContain("move in");
        ConversationSession session = sessions.findById(sessionId);
        assertThat(session.facts.moveDateOpen).isTrue();
        assertThat(session.facts.moveDate).isNull();
        assertThat(session.handedOff).isFalse();
    }

    @Test
    void anAreaCorrectedAwayFromIsDroppedFromTheSearch() {
        String sessionId = start();
        say(sessionId, "Looking in Cypress, 2 bed under 2000");

        JsonPath corrected = say(sessionId, "Sorry, I meant Pearland, not Cypress");

        assertThat(corrected.getString("reply")).contains("Pearland").doesNotContain("Cypress");
        assertThat(sessions.findById(sessionId).facts.areas).containsExactly("Pearland");
        say(sessionId, "March 1, no pets");
        booking.verify(getRequestedFor(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Pearland")));
        booking.verify(0, getRequestedFor(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Cypress")));
    }

    @Test
    void aHouseRulesQuestionIsDeferredHonestly() {
        stubProperty(booking, "rules-place", "Bayou Flats", "Katy");
        String sessionId = call("/api/agent/start", Map.of("propertyId", "rules-place")).getString("sessionId");

        JsonPath reply = say(sessionId, "Do you allow smoking on the balcony?");

        assertThat(reply.getString("reply")).startsWith("I don't have the house rules on that at Bayou Flats")
                .contains("talk to a person");
        assertThat(reply.getBoolean("guardrail.handoff")).isFalse();
        assertThat(sessions.findById(sessionId).misunderstandings).isZero();
    }
}
