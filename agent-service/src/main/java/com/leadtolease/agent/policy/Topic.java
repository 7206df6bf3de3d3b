package com.leadtolease.agent.policy;

/** Common questions answered from property data (or, where it has nothing to say, honestly not answered). */
public enum Topic {
    PETS,
    PARKING,
    FEES,
    RENT,
    UNIT_SIZES,
    AMENITIES,
    APPLICATION,
    SCHOOLS,
    NEIGHBORHOOD,
    FAMILY_FRIENDLY,
    OFFICE_HOURS,
    LOCATION,
    TOURS,
    UTILITIES,
    SPECIALS,
    LEASE_TERMS,
    /** Grocery stores, schools and parks near a property. */
    NEARBY,
    /** Bus and rail lines near a property. */
    TRANSIT,
    /** Smoking, grills, subletting, painting: house rules the property data does not hold, so deferred honestly. */
    HOUSE_RULES
}
