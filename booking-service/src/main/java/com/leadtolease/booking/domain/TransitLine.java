package com.leadtolease.booking.domain;

/** Public transport near the property: mode bus or rail, the line, its nearest stop and the walk there. */
public class TransitLine {
    public String mode;
    public String line;
    public String stop;
    public int walkMinutes;
}
