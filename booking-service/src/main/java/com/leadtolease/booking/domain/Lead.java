package com.leadtolease.booking.domain;

/** The prospect a tour is for. The email is stored lower-cased so lookups by email are exact. */
public class Lead {
    public String name;
    public String email;
    public String phone;

    public static Lead of(String name, String email, String phone) {
        Lead lead = new Lead();
        lead.name = name;
        lead.email = email;
        lead.phone = phone;
        return lead;
    }
}
