package com.leadtolease.booking.domain;

/**
 * Lease lengths offered, in months. A lease shorter than {@code shortTermUnderMonths} costs {@code shortTermPremium}
 * dollars more a month; both are null when every length costs the same.
 */
public class LeaseTerms {
    public int minMonths;
    public int maxMonths;
    public Integer shortTermPremium;
    public Integer shortTermUnderMonths;
}
