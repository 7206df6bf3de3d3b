package com.leadtolease.agent.policy;

/** Common questions answered from property data. */
public enum Topic {
    PETS,
    PARKING,
    FEES,
    AMENITIES,
    APPLICATION,
    SCHOOLS,
    NEIGHBORHOOD,
    FAMILY_FRIENDLY,
    OFFICE_HOURS
}
