package com.leadtolease.booking.domain;

import java.util.ArrayList;
import java.util.List;

/** Which utilities the rent includes and which the resident sets up and pays ("electricity", "water and sewer"). */
public class Utilities {
    public List<String> included = new ArrayList<>();
    public List<String> residentPaid = new ArrayList<>();
}
