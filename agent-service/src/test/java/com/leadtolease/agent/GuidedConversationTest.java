package com.leadtolease.agent;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.leadtolease.agent.domain.AuditEntry;
import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.Lead;
import com.leadtolease.agent.domain.StoredMessage;
import com.leadtolease.agent.policy.TourDesk;
import com.leadtolease.agent.repository.AuditRepository;
import com.leadtolease.agent.repository.LeadRepository;
import com.leadtolease.agent.support.GatewayTokenStub;
import com.leadtolease.agent.repository.MessageRepository;
import com.leadtolease.agent.repository.SessionRepository;
import com.leadtolease.agent.support.InjectBookingService;
import com.leadtolease.testing.KafkaTestClient;
import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.Topics;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.leadtolease.agent.support.BookingFixtures.at;
import static com.leadtolease.agent.support.BookingFixtures.listing;
import static com.leadtolease.agent.support.BookingFixtures.page;
import static com.leadtolease.agent.support.BookingFixtures.slot;
import static com.leadtolease.agent.support.BookingFixtures.stubAvailability;
import static com.leadtolease.agent.support.BookingFixtures.stubAvailabilityOn;
import static com.leadtolease.agent.support.BookingFixtures.stubProperty;
import static com.leadtolease.agent.support.BookingFixtures.today;
import static com.leadtolease.agent.support.BookingFixtures.tour;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The guided conversation of the issue, end to end, with WireMock standing in for booking-service. */
@QuarkusTest
class GuidedConversationTest {

    /**
     * Ana's contact is this run's own: leads are deduplicated by email and phone across the whole service, so a lead
     * another test class made with the same contact would otherwise already hold its sessions.
     */
    private static final String LINE = Integer.toString(5000 + new java.security.SecureRandom().nextInt(5000));
    private static final String EMAIL = "ana-" + java.util.UUID.randomUUID() + "@example.com";
    private static final String PHONE = "713-555-" + LINE;
    private static final String FIRST_MESSAGE = "Hi, I'm Ana, 2 bedrooms in Katy under 1900, moving June 1, I have a cat, "
            + EMAIL + " " + PHONE;

    @InjectBookingService
    WireMockServer booking;
    @Inject
    SessionRepository sessions;
    @Inject
    LeadRepository leads;
    @Inject
    MessageRepository messages;
    @Inject
    AuditRepository audit;

    @BeforeEach
    void resetBooking() {
        booking.resetAll();
    }

    @Test
    void qualifiesFromOneMessageThenListsBooksAndReschedulesTheTour() {
        LocalDate day1 = today().plusDays(2);
        LocalDate day2 = today().plusDays(3);
        LocalDate day3 = today().plusDays(4);
        OffsetDateTime chosenStart = at(day2, 15, 30);
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Katy"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("katy-grove", "Katy Grove", "Katy", 1750, List.of("cat", "dog")),
                                listing("cinco-flats", "Cinco Flats", "Katy", 1850, List.of("cat")))))));
        stubProperty(booking, "katy-grove", "Katy Grove", "Katy");
        stubAvailability(booking, "katy-grove", List.of(
                slot("kg-d1-1000", at(day1, 10, 0)), slot("kg-d1-1030", at(day1, 10, 30)),
                slot("kg-d2-1530", chosenStart), slot("kg-d3-0900", at(day3, 9, 0))));
        stubAvailabilityOn(booking, "katy-grove", day3, List.of(
                slot("kg-d3-0900", at(day3, 9, 0)), slot("kg-d3-1530", at(day3, 15, 30)),
                slot("kg-d3-1600", at(day3, 16, 0))));
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(tour("tour-ana-1", "katy-grove", "Katy Grove", "kg-d2-1530", chosenStart))));
        booking.stubFor(patch(urlEqualTo("/api/tours/tour-ana-1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(tour("tour-ana-1", "katy-grove", "Katy Grove", "kg-d3-1530", at(day3, 15, 30)))));

        JsonPath start = call("/api/agent/start", Map.of("channel", "web"));
        String sessionId = start.getString("sessionId");
        assertThat(start.getString("reply")).contains("Hi!").contains("which area");
        assertThat(start.getString("stage")).isEqualTo("qualifying");
        assertThat(start.getBoolean("guardrail.handoff")).isFalse();

        // One message with everything: understood, confirmed, searched with exactly these criteria.
        JsonPath listings = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", FIRST_MESSAGE));
        assertThat(listings.getString("reply"))
                .startsWith("Got it: 2 bedrooms in Katy under $1,900, moving June 1, with a cat.")
                .contains("1. Katy Grove (Katy) from $1,750").contains("2. Cinco Flats");
        booking.verify(1, getRequestedFor(urlPathEqualTo("/api/properties"))
                .withQueryParam("area", equalTo("Katy")).withQueryParam("maxRent", equalTo("1900"))
                .withQueryParam("bedrooms", equalTo("2")).withQueryParam("pets", equalTo("cat")));
        assertThat(listings.getString("stage")).isEqualTo("sending_list");
        assertThat(listings.getList("cards.type")).containsExactly("listing", "listing");
        assertThat(listings.getList("cards.propertyId")).containsExactly("katy-grove", "cinco-flats");
        assertThat(listings.getInt("cards[0].rentFrom")).isEqualTo(1750);
        assertThat(listings.getBoolean("cards[1].petFriendly")).isTrue();

        // Choose a listing by button: three real slots, spread over three days, labelled in the property's zone.
        JsonPath slots = call("/api/agent/action", Map.of("sessionId", sessionId, "type", "choose_listing",
                "payload", Map.of("propertyId", "katy-grove")));
        assertThat(slots.getList("cards.slotId")).containsExactly("kg-d1-1000", "kg-d2-1530", "kg-d3-0900");
        assertThat(slots.getList("cards.type")).containsOnly("slot");
        assertThat(slots.getString("cards[1].label")).matches("\\w{3} \\w{3} \\d{1,2}, 3:30 PM C[SD]T");
        assertThat(OffsetDateTime.parse(slots.getString("cards[1].start"))).isEqualTo(chosenStart);
        assertThat(slots.getString("stage")).isEqualTo("selecting_favorites");

        // Choose by words: the second one is booked with the lead's contact and a session+slot idempotency key.
        JsonPath booked = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "the second one please"));
        assertThat(booked.getString("reply")).contains("You're booked").contains("Katy Grove").contains("3:30 PM");
        assertThat(booked.getString("stage")).isEqualTo("touring");
        assertThat(booked.getString("actions[0].type")).isEqualTo("schedule_tour");
        assertThat(booked.getString("actions[0].tourId")).isEqualTo("tour-ana-1");
        booking.verify(1, postRequestedFor(urlEqualTo("/api/tours"))
                .withHeader("Authorization", equalTo(GatewayTokenStub.AUTHORIZATION))
                .withHeader("Idempotency-Key", equalTo("agent-" + java.util.UUID.nameUUIDFromBytes(("tour:" + sessionId + ":kg-d2-1530").getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .withRequestBody(equalToJson("{\"propertyId\":\"katy-grove\",\"slotId\":\"kg-d2-1530\","
                        + "\"tourType\":\"in_person\",\"lead\":{\"name\":\"Ana\",\"email\":\"" + EMAIL + "\","
                        + "\"phone\":\"" + PHONE + "\"},\"sessionId\":\"" + sessionId + "\"}", true, true)));

        // "the next day" is the day after the tour, at the same time.
        JsonPath moved = call("/api/agent/reply", Map.of("sessionId", sessionId,
                "text", "can I move it to the next day?"));
        assertThat(moved.getString("reply")).contains("moved from").contains("3:30 PM");
        booking.verify(1, patchRequestedFor(urlEqualTo("/api/tours/tour-ana-1"))
                .withRequestBody(equalToJson("{\"slotId\":\"kg-d3-1530\"}")));

        ConversationSession stored = sessions.findById(sessionId);
        assertThat(stored.tour.tourId).isEqualTo("tour-ana-1");
        assertThat(stored.tour.slotId).isEqualTo("kg-d3-1530");
        assertThat(stored.facts.email).isEqualTo(EMAIL);
        assertThat(stored.facts.pets).containsExactly("cat");
        assertThat(stored.leadId).isNotNull();

        Lead lead = leads.findById(stored.leadId);
        assertThat(lead.name).isEqualTo("Ana");
        assertThat(lead.email).isEqualTo(EMAIL);
        assertThat(lead.phoneKey).isEqualTo("713555" + LINE);
        assertThat(lead.areas).containsExactly("Katy");
        assertThat(lead.stage).isEqualTo("touring");
        assertThat(lead.sessionIds).containsExactly(sessionId);

        List<StoredMessage> log = messages.ofThread(sessionId);
        assertThat(log).extracting(m -> m.role).containsExactly("agent", "lead", "agent", "lead", "agent", "lead",
                "agent", "lead", "agent");
        StoredMessage first = log.get(1);
        assertThat(first.cleanText).contains("[EMAIL]").contains("[PHONE]").doesNotContain(EMAIL)
                .doesNotContain(PHONE);
        assertThat(first.piiHashes).containsKeys("email", "phone");
        assertThat(first.source).isEqualTo("live");
        assertThat(first.budget).isEqualTo(1900);

        assertThat(audit.ofSession(sessionId)).filteredOn(e -> AuditEntry.TOOL_CALL.equals(e.kind))
                .extracting(e -> e.name + " " + e.outcome)
                .contains("booking.search_listings 200", "booking.get_property 200", "booking.check_availability 200",
                        "booking.book_tour 201", "booking.reschedule_tour 200");

        var action = KafkaTestClient.awaitRecords(Topics.AGENT_ACTIONS, r -> sessionId.equals(r.key()), 1,
                Duration.ofSeconds(30)).get(0);
        assertThat(KafkaTestClient.header(action, "ce_type")).contains(EventTypes.AGENT_ACTION);
        assertThat(action.value()).contains("\"type\":\"schedule_tour\"").contains("tour-ana-1")
                .contains("\"idempotencyKey\"");
        assertThat(JsonPath.from(action.value()).getString("lead.email")).isEqualTo(EMAIL);
        assertThat(JsonPath.from(action.value()).getString("lead.name")).isEqualTo("Ana");
        KafkaTestClient.awaitRecords(Topics.CHAT_OUTBOUND, r -> sessionId.equals(r.key()), 5, Duration.ofSeconds(30));
        var leadEvents = KafkaTestClient.awaitEvents(Topics.LEADS_EVENTS, r -> stored.leadId.equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(leadEvents).extracting(r -> KafkaTestClient.header(r, "ce_type").orElse(""))
                .contains(EventTypes.LEAD_UPSERTED, EventTypes.LEAD_STAGE_CHANGED);
    }

    @Test
    void asksOnlyForWhatIsMissingAndBooksOnceContactDetailsArrive() {
        LocalDate day1 = today().plusDays(1);
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Cypress"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("cy-oaks", "Cypress Oaks", "Cypress", 1400, List.of()))))));
        stubProperty(booking, "cy-oaks", "Cypress Oaks", "Cypress");
        stubAvailability(booking, "cy-oaks", List.of(slot("co-1", at(day1, 9, 0)), slot("co-2", at(day1, 14, 0)),
                slot("co-3", at(day1.plusDays(1), 11, 0))));
        booking.stubFor(post(urlEqualTo("/api/tours")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(tour("tour-bo", "cy-oaks", "Cypress Oaks", "co-2", at(day1, 14, 0)))));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        JsonPath askBasics = call("/api/agent/reply", Map.of("sessionId", sessionId, "text",
                "I'm looking in Cypress"));
        assertThat(askBasics.getString("reply")).startsWith("Got it: a place in Cypress.")
                .contains("how many bedrooms").contains("budget").doesNotContain("which area");
        JsonPath askDate = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "1 bedroom, $1500 max"));
        assertThat(askDate.getString("reply"))
                .contains("When would you like to move in, and will any pets be moving with you?");
        JsonPath askPets = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "next month"));
        assertThat(askPets.getString("reply")).contains("Will any pets be moving with you?")
                .doesNotContain("move in");
        JsonPath listings = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "no"));
        assertThat(listings.getString("reply")).contains("no pets").contains("Cypress Oaks");
        booking.verify(getRequestedFor(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Cypress"))
                .withQueryParam("bedrooms", equalTo("1")).withQueryParam("maxRent", equalTo("1500")));

        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "the first one"));
        JsonPath askContact = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "tomorrow afternoon"));
        assertThat(askContact.getString("reply")).contains("2:00 PM").contains("your name").contains("email");
        booking.verify(0, postRequestedFor(urlEqualTo("/api/tours")));

        JsonPath booked = call("/api/agent/reply", Map.of("sessionId", sessionId, "text",
                "Bo Chen, bo.chen@example.com, (832) 555-0142"));
        assertThat(booked.getString("reply")).contains("You're booked");
        List<LoggedRequest> tours = booking.findAll(postRequestedFor(urlEqualTo("/api/tours")));
        assertThat(tours).hasSize(1);
        assertThat(tours.get(0).getBodyAsString()).contains("\"slotId\":\"co-2\"").contains("\"name\":\"Bo Chen\"")
                .contains("bo.chen@example.com").contains("(832) 555-0142");
    }

    @Test
    void saysHonestlyWhenNothingMatchesAndShowsTheNearestAlternative() {
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Montrose"))
                .withQueryParam("maxRent", equalTo("1200"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of()))));
        booking.stubFor(get(urlPathEqualTo("/api/properties")).withQueryParam("area", equalTo("Montrose"))
                .withQueryParam("maxRent", equalTo("1400"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("mo-lofts", "Montrose Lofts", "Montrose", 1380, List.of()))))));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        JsonPath reply = call("/api/agent/reply", Map.of("sessionId", sessionId, "text",
                "a studio in Montrose under $1200, moving next month, no pets"));
        assertThat(reply.getString("reply")).contains("I couldn't find any studios in Montrose under $1,200")
                .contains("stretch your budget to $1,400").contains("Montrose Lofts");
        assertThat(reply.getList("cards.propertyId")).containsExactly("mo-lofts");
    }

    @Test
    void aTurnThatLearntNothingNewLeavesTheLeadAsStaffLastEditedIt() {
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");
        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "I'm Lee, lee.skip@example.com"));
        String leadId = sessions.findById(sessionId).leadId;
        given().header("Authorization", TestTokens.bearer(Scopes.LEADS_WRITE)).contentType(ContentType.JSON)
                .body(Map.of("leadId", leadId, "name", "Leona"))
                .post("/api/leads/leads").then().statusCode(200);

        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "ok"));
        assertThat(leads.findById(leadId).name).as("nothing new learnt: the lead is not rewritten").isEqualTo("Leona");

        call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "2 bedrooms please"));
        assertThat(leads.findById(leadId).bedrooms).as("something new: the lead is updated").isEqualTo(2);
    }

    @Test
    void aQuestionBeforeAnyPropertyIsInViewIsAnsweredFromAllListings() {
        booking.stubFor(get(urlEqualTo("/api/properties?page=0&size=20"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(page(List.of(listing("oak", "Oak Row", "Katy", 1300, List.of("dog", "cat")),
                                listing("elm", "Elm Court", "Pearland", 1500, List.of()))))));
        String sessionId = call("/api/agent/start", Map.of()).getString("sessionId");

        JsonPath reply = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Do you allow dogs?"));

        assertThat(reply.getString("reply")).startsWith("These communities welcome dogs: Oak Row (dogs and cats).")
                .doesNotContain("Elm Court");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Where are your apartments?"))
                .getString("reply")).startsWith("We have homes in Katy and Pearland.");
        assertThat(sessions.findById(sessionId).facts.pets).as("a question about dogs is not a dog").isNull();

        stubProperty(booking, "oak", "Oak Row", "Katy");
        stubProperty(booking, "elm", "Elm Court", "Pearland");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Is there parking?"))
                .getString("reply")).startsWith("Here is the parking at our communities. Oak Row: one covered space per home, garages "
                        + "for $125 a month. Elm Court: one covered space");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "What are the fees?"))
                .getString("reply")).startsWith("The application fee is $75 per applicant, and the admin fee is $150");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "What are your office hours?"))
                .getString("reply")).startsWith("Our leasing offices are open Mon 9:00 AM–6:00 PM.");
    }

    @Test
    void answersPropertyQuestionsFromItsDataAndHandsOffAfterTwoMisunderstandings() {
        stubProperty(booking, "qa-place", "Bayou Flats", "Katy");
        String sessionId = call("/api/agent/start", Map.of("propertyId", "qa-place")).getString("sessionId");

        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Do you allow big dogs?"))
                .getString("reply")).contains("Bayou Flats welcomes dogs and cats up to 50 lbs").contains("$300");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Is there parking?"))
                .getString("reply")).contains("covered space");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "What are the fees?"))
                .getString("reply")).contains("application fee is $75").contains("admin fee is $150");
        JsonPath family = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Is it family-friendly?"));
        assertThat(family.getString("reply")).contains("open to everyone").contains("playground");
        assertThat(family.getString("guardrail.triggered")).isNull();
        assertThat(sessions.findById(sessionId).facts.pets).as("a question about dogs is not a dog").isNull();
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "How much is rent there?"))
                .getString("reply")).startsWith("Rents at Bayou Flats: 2 bedrooms $1,850 a month.");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Is there a pool and an elevator?"))
                .getString("reply")).startsWith("Yes, Bayou Flats has a pool. I don't see an elevator among");
        assertThat(call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "Do you do month-to-month?"))
                .getString("reply")).startsWith("I don't have the lease lengths offered at Bayou Flats");

        JsonPath once = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "blorp zzz"));
        assertThat(once.getString("reply")).startsWith("Sorry, I didn't quite catch that.");
        assertThat(once.getBoolean("guardrail.handoff")).isFalse();
        JsonPath twice = call("/api/agent/reply", Map.of("sessionId", sessionId, "text", "qwerty"));
        assertThat(twice.getBoolean("guardrail.handoff")).isTrue();
        assertThat(twice.getString("actions[0].type")).isEqualTo("handoff");
        assertThat(sessions.findById(sessionId).handedOff).isTrue();
    }

    static JsonPath call(String path, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(Scopes.AGENT_CONVERSE)).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(200).extract().jsonPath();
    }

    static ZoneId zone() {
        return ZoneId.of("America/Chicago");
    }
}
