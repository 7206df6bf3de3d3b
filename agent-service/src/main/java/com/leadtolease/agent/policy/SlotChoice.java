package com.leadtolease.agent.policy;

import com.leadtolease.agent.domain.OfferedSlot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Which of the offered slots a message picks: by position ("the second one") or by day and time ("Thursday at 3:30",
 * "tomorrow morning"), read in the property's zone. Nothing when the message names no slot or none fits.
 */
public final class SlotChoice {

    private SlotChoice() {
    }

    public static Optional<OfferedSlot> pick(String text, List<OfferedSlot> offered, LocalDate today) {
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> position = Ordinals.find(text, offered.size());
        if (position.isPresent()) {
            return Optional.of(offered.get(position.get()));
        }
        DayTime wanted = DayTimeReader.read(text, today);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return offered.stream().filter(slot -> fits(slot, wanted, today)).findFirst();
    }

    private static boolean fits(OfferedSlot slot, DayTime wanted, LocalDate today) {
        ZonedDateTime local = slot.start.atZone(ZoneId.of(slot.zone));
        boolean dayFits = true;
        if (wanted.date() != null) {
            dayFits = local.toLocalDate().equals(wanted.date());
        } else if (wanted.weekday() != null) {
            dayFits = local.getDayOfWeek() == wanted.weekday();
        } else if (wanted.nextDay()) {
            dayFits = local.toLocalDate().equals(today.plusDays(1));
        }
        return dayFits && wanted.matchesTime(local.toLocalTime());
    }
}
