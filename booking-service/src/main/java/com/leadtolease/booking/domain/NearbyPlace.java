package com.leadtolease.booking.domain;

/** A place near the property: kind grocery, school or park, with its distance in miles. */
public class NearbyPlace {
    public String kind;
    public String name;
    public double miles;
}
