package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.OfferedListing;
import com.leadtolease.agent.domain.OfferedSlot;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The UI cards of a reply. */
public final class Cards {

    private Cards() {
    }

    public static Map<String, Object> listing(OfferedListing listing) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "listing");
        card.put("propertyId", listing.propertyId);
        card.put("name", listing.name);
        card.put("area", listing.area);
        card.put("rentFrom", listing.rentFrom);
        card.put("bedrooms", listing.bedrooms);
        card.put("petFriendly", listing.petFriendly);
        return card;
    }

    public static Map<String, Object> slot(OfferedSlot slot) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("type", "slot");
        card.put("slotId", slot.slotId);
        card.put("propertyId", slot.propertyId);
        card.put("start", slot.start.atZone(ZoneId.of(slot.zone)).toOffsetDateTime().toString());
        card.put("label", slot.label);
        return card;
    }
}
