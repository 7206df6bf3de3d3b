package com.leadtolease.eval;

import java.util.ArrayList;
import java.util.List;

/** What one persona's conversation came to, checked against the booking and CRM APIs. */
public final class PersonaResult {
    final Persona persona;
    String sessionId;
    boolean booked;
    boolean bookedOnFreeSlot;
    Integer turnsToBooking;
    String tourStatus;
    int turns;
    int slotsOffered;
    int slotsInvented;
    int factsCorrect;
    int factsChecked;
    int guardrailMatched;
    int guardrailChecked;
    boolean handedOff;
    String error;
    final List<String> problems = new ArrayList<>();
    final List<String> transcript = new ArrayList<>();

    PersonaResult(Persona persona) {
        this.persona = persona;
    }

    /** The tour came out as expected: booked on a free slot and in the expected final status, or none expected. */
    public boolean tourAsExpected() {
        if (!persona.expectBooking()) {
            return !booked;
        }
        return booked && bookedOnFreeSlot && persona.expectTour().equals(tourStatus);
    }

    public boolean passed() {
        return error == null && tourAsExpected() && slotsInvented == 0 && factsCorrect == factsChecked
                && guardrailMatched == guardrailChecked && handedOff == persona.expectHandoff();
    }

    void problem(String text) {
        problems.add(text);
    }
}
