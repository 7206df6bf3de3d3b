package com.leadtolease.agent.domain;

import java.util.ArrayList;
import java.util.List;

/** A listing shown to the prospect, in the order shown. */
public class OfferedListing {
    public String propertyId;
    public String name;
    public String area;
    public int rentFrom;
    public List<Integer> bedrooms = new ArrayList<>();
    public boolean petFriendly;
}
