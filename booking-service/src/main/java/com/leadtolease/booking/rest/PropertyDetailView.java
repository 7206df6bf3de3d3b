package com.leadtolease.booking.rest;

import com.leadtolease.booking.domain.Address;
import com.leadtolease.booking.domain.Fees;
import com.leadtolease.booking.domain.LeaseTerms;
import com.leadtolease.booking.domain.NearbyPlace;
import com.leadtolease.booking.domain.OfficeHours;
import com.leadtolease.booking.domain.ParkingOption;
import com.leadtolease.booking.domain.PetPolicy;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.domain.TransitLine;
import com.leadtolease.booking.domain.Unit;
import com.leadtolease.booking.domain.Utilities;

import java.time.LocalDate;
import java.util.List;

public record PropertyDetailView(String id, String name, String area, Address address, String timeZone, Double lat,
                                 Double lon, PetPolicy petPolicy, List<String> amenities, String parking, Fees fees,
                                 List<String> photos, List<OfficeHours> officeHours, List<LocalDate> holidays,
                                 int slotMinutes, int slotCapacity, List<Unit> units, List<ParkingOption> parkingOptions,
                                 LeaseTerms leaseTerms, List<String> specials, Utilities utilities,
                                 List<NearbyPlace> nearby, List<TransitLine> transit) {

    static PropertyDetailView of(Property property) {
        return new PropertyDetailView(property.id, property.name, property.neighborhood, property.address,
                property.timeZone, property.lat, property.lon, property.petPolicy, property.amenities, property.parking,
                property.fees, property.photos, property.officeHours, property.holidays, property.slotMinutes,
                property.slotCapacity, property.units, property.parkingOptions, property.leaseTerms, property.specials,
                property.utilities, property.nearby, property.transit);
    }
}
