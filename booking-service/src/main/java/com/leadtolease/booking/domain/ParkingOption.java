package com.leadtolease.booking.domain;

/** One way to park: "garage", $50 a month; a monthly cost of 0 is included in the rent or free. */
public class ParkingOption {
    public String type;
    public int monthlyCost;
    public String note;
}
