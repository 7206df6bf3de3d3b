package com.leadtolease.contracts.booking;

/** Who the tour is for. Carried in booking events so notifications need no lookup. */
public record LeadContact(String name, String email, String phone) {
}
