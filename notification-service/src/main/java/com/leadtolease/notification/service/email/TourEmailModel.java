package com.leadtolease.notification.service.email;

/**
 * What the tour email templates show; every text is ready to print (the HTML template escapes it).
 *
 * @param applyUrl where to apply, after a completed tour only
 */
public record TourEmailModel(
        String greetingName,
        String headline,
        String intro,
        String when,
        String previousWhen,
        String propertyName,
        String propertyAddress,
        String mapUrl,
        String tourType,
        String tourId,
        String calendarNote,
        String changeInstructions,
        String manageUrl,
        String applyUrl) {
}
