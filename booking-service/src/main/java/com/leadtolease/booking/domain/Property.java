package com.leadtolease.booking.domain;

import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A rental community with its units, policies and leasing-office calendar. The id is a URL slug. */
@MongoEntity(collection = "properties")
public class Property {
    public static final int DEFAULT_SLOT_MINUTES = 30;
    public static final int DEFAULT_SLOT_CAPACITY = 1;

    @BsonId
    public String id;
    public String name;
    public Address address;
    public String neighborhood;
    public String timeZone = "America/Chicago";
    public Double lat;
    public Double lon;
    public PetPolicy petPolicy = new PetPolicy();
    public List<String> amenities = new ArrayList<>();
    public String parking;
    public List<ParkingOption> parkingOptions = new ArrayList<>();
    public Fees fees = new Fees();
    public LeaseTerms leaseTerms;
    /** Current move-in specials, as told to prospects; empty when there are none. */
    public List<String> specials = new ArrayList<>();
    public Utilities utilities;
    public List<NearbyPlace> nearby = new ArrayList<>();
    public List<TransitLine> transit = new ArrayList<>();
    public List<String> photos = new ArrayList<>();
    public List<OfficeHours> officeHours = new ArrayList<>();
    public List<LocalDate> holidays = new ArrayList<>();
    public int slotMinutes = DEFAULT_SLOT_MINUTES;
    public int slotCapacity = DEFAULT_SLOT_CAPACITY;
    public List<Unit> units = new ArrayList<>();

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Optional<OfficeHours> hoursOn(DayOfWeek day) {
        return officeHours.stream().filter(hours -> hours.day == day).findFirst();
    }

    public boolean closedForHoliday(LocalDate date) {
        return holidays != null && holidays.contains(date);
    }

    public Optional<Unit> unit(String unitId) {
        return units.stream().filter(unit -> unit.unitId.equals(unitId)).findFirst();
    }
}
