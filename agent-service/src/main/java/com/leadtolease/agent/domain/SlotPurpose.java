package com.leadtolease.agent.domain;

/** What choosing one of the offered slots does. */
public enum SlotPurpose {
    BOOK,
    RESCHEDULE
}
