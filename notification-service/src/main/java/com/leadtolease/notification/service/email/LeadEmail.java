package com.leadtolease.notification.service.email;

/** A composed lead email: subject, plain-text and HTML bodies. It may hold a chat link: never log it. */
public record LeadEmail(String subject, String text, String html) {
}
