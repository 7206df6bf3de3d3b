package com.leadtolease.booking.domain;

import java.time.LocalDate;

/** A rentable unit. Bedrooms 0 is a studio; rent and deposit are whole US dollars per month / once. */
public class Unit {
    public String unitId;
    public int bedrooms;
    public double bathrooms;
    public int sqft;
    public int rent;
    public int deposit;
    public LocalDate availableFrom;
}
