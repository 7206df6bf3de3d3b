package com.leadtolease.booking.domain;

/** Whole US dollars. */
public class Fees {
    public int applicationFee;
    public int adminFee;
}
