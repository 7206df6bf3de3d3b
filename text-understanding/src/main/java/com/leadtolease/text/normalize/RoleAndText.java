package com.leadtolease.text.normalize;

/** A role read from a speaker prefix such as "Lead:" and the message text without that prefix. */
public record RoleAndText(Role role, String text) {
}
