package com.leadtolease.notification.service;

import com.leadtolease.contracts.EventEnvelope;
import com.leadtolease.contracts.booking.TourEventData;

/** A booking event as received: the envelope with the original JSON value, and that value read as a tour. */
public record BookingEvent(EventEnvelope<String> envelope, TourEventData tour) implements NotifiableEvent {
}
