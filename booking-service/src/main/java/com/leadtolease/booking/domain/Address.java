package com.leadtolease.booking.domain;

public class Address {
    public String street;
    public String city;
    public String state;
    public String zip;

    /** "1820 Yale St, Houston, TX 77008" */
    public String oneLine() {
        return street + ", " + city + ", " + state + " " + zip;
    }
}
