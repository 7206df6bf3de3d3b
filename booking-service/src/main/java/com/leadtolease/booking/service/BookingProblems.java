package com.leadtolease.booking.service;

import com.leadtolease.contracts.problem.Problem;
import com.leadtolease.contracts.problem.ProblemException;

import java.util.List;
import java.util.Map;

/** The problem answers of booking-service that the shared {@link ProblemException} factories do not cover. */
public final class BookingProblems {

    private BookingProblems() {
    }

    /** 422: the request is well-formed but refers to something that cannot be booked. */
    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(Problem.of(422, "Cannot book", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    public static ProblemException tourNotFound(String tourId) {
        return ProblemException.notFound("No tour with id '" + tourId + "'.");
    }

    public static ProblemException propertyNotFound(String propertyId) {
        return ProblemException.notFound("No property with id '" + propertyId + "'.");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    /** 409 for a full slot, with the property's next free slots so the caller can offer alternatives right away. */
    public static ProblemException slotTaken(String slotId, List<FreeSlot> nextFreeSlots) {
        String detail = "The slot " + slotId + " is no longer available. "
                + (nextFreeSlots.isEmpty() ? "There are no other free slots right now."
                : "nextFreeSlots lists the next free slots of this property.");
        return new ProblemException(Problem.of(409, "Slot not available", detail)
                .withExtensions(Map.of("nextFreeSlots", nextFreeSlots)));
    }
}
