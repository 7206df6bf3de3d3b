package com.leadtolease.booking.seed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.booking.config.BookingConfig;
import com.leadtolease.booking.domain.Property;
import com.leadtolease.booking.repository.PropertyRepository;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads the sample properties into an empty properties collection. */
@ApplicationScoped
public class PropertySeeder {

    private static final Logger LOG = Logger.getLogger(PropertySeeder.class);

    private final PropertyRepository properties;
    private final ObjectMapper mapper;
    private final BookingConfig config;

    PropertySeeder(PropertyRepository properties, ObjectMapper mapper, BookingConfig config) {
        this.properties = properties;
        this.mapper = mapper;
        this.config = config;
    }

    /** Returns how many properties were inserted: none when the collection already holds properties. */
    public int seedIfEmpty() {
        if (properties.count() > 0) {
            return 0;
        }
        int inserted = 0;
        for (Property property : readSeed()) {
            if (insertUnlessPresent(property)) {
                inserted++;
            }
        }
        LOG.infof("Seeded %d sample properties from %s", inserted, config.seed().resource());
        return inserted;
    }

    public List<Property> readSeed() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.seed().resource())) {
            if (in == null) {
                throw new IllegalStateException("Seed resource not found on the classpath: " + config.seed().resource());
            }
            return mapper.readValue(in, new TypeReference<List<Property>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another replica starting at the same time may insert the same property first; that is fine. */
    private boolean insertUnlessPresent(Property property) {
        try {
            properties.mongoCollection().insertOne(property);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
