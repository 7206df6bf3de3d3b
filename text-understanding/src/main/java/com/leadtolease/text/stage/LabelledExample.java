package com.leadtolease.text.stage;

import com.leadtolease.text.normalize.Role;

/** One training line: a message, who wrote it, and its stage. */
public record LabelledExample(Stage stage, Role role, String text) {
}
