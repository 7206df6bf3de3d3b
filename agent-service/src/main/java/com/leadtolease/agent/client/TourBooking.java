package com.leadtolease.agent.client;

/** What the agent books: a slot of a property for the prospect. */
public record TourBooking(String propertyId, String slotId, String name, String email, String phone, String leadId) {
}
