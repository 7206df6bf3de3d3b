package com.leadtolease.booking.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;

public enum TourType {
    @JsonProperty("in_person")
    IN_PERSON,
    @JsonProperty("self_guided")
    SELF_GUIDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
