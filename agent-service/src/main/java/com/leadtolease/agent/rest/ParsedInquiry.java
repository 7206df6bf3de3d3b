package com.leadtolease.agent.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.leadtolease.text.entities.Entities;

import java.time.LocalDate;
import java.util.List;

/** What a free-text inquiry says, in the snake_case field names of the public API. */
public record ParsedInquiry(String name, String email, String phone, Integer budget, Integer bedrooms,
                            @JsonProperty("move_date") LocalDate moveDate, List<String> pets, List<String> areas,
                            List<String> preferences) {

    static ParsedInquiry of(Entities entities) {
        return new ParsedInquiry(entities.name(), entities.email(), entities.phone(), entities.budget(),
                entities.bedrooms(), entities.moveDate(), entities.pets(), entities.areas(), entities.preferences());
    }
}
