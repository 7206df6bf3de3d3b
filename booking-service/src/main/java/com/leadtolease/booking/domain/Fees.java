package com.leadtolease.booking.domain;

/** Whole US dollars. */
public class Fees {
    public int applicationFee;
    public int adminFee;
    /** The lowest unit's refundable security deposit ("from"); each unit carries its own. */
    public Integer securityDeposit;
}
