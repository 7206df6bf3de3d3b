package com.leadtolease.notification.service.email;

/** What the lead email templates show; every text is ready to print (the HTML template escapes it). */
public record LeadEmailModel(String subject, String text, String chatLink, long linkDays) {
}
