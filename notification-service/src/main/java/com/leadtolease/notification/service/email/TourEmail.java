package com.leadtolease.notification.service.email;

import java.util.Optional;

/** A composed tour email: subject, plain-text and HTML bodies, and the calendar invite when there is one. */
public record TourEmail(String subject, String text, String html, Optional<IcsInvite> invite) {
}
