package com.leadtolease.booking.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Opening hours of the leasing office on one weekday, in the property's local time. */
public class OfficeHours {
    public DayOfWeek day;
    public LocalTime open;
    public LocalTime close;
}
