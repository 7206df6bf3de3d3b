package com.leadtolease.text.normalize;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the timestamp spellings found in exported conversations. Values with an offset or zone keep it; naive values
 * are read in the configured zone; bare digits are epoch seconds (9–10 digits) or epoch milliseconds (12–13 digits).
 */
public final class TimestampParser {

    private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{9,10}");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("\\d{12,13}");
    private static final Pattern MERIDIEM_WITHOUT_SPACE = Pattern.compile("(?i)(\\d)([ap]\\.?m\\.?)$");

    private static final List<DateTimeFormatter> WITH_ZONE = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ISO_ZONED_DATE_TIME);

    private static final List<DateTimeFormatter> NAIVE_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            formatter("uuuu-MM-dd H:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]"),
            formatter("M/d/uuuu h:mm[:ss] a"),
            formatter("M/d/uuuu H:mm[:ss]"),
            formatter("MMM d, uuuu h:mm[:ss] a"),
            formatter("MMMM d, uuuu h:mm[:ss] a"),
            formatter("MMM d, uuuu H:mm[:ss]"),
            formatter("MMMM d, uuuu H:mm[:ss]"),
            formatter("d MMMM uuuu H:mm[:ss]"),
            formatter("d MMM uuuu H:mm[:ss]"),
            formatter("d MMMM uuuu h:mm[:ss] a"),
            formatter("d MMM uuuu h:mm[:ss] a"));

    private static final List<DateTimeFormatter> NAIVE_DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            formatter("M/d/uuuu"),
            formatter("MMM d, uuuu"),
            formatter("MMMM d, uuuu"),
            formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"));

    private final ZoneId defaultZone;

    /** @param defaultZone the zone naive timestamps were written in, e.g. America/Chicago for Houston */
    public TimestampParser(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }

    /** The instant {@code raw} denotes; empty when it is blank or in no known format. */
    public Optional<Instant> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = raw.strip().replaceAll("\\s+", " ");
        if (EPOCH_SECONDS.matcher(text).matches()) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        }
        if (EPOCH_MILLIS.matcher(text).matches()) {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(text)));
        }
        // "1:05pm" and "1:05 p.m." are read as "1:05 pm"
        String plainMeridiem = MERIDIEM_WITHOUT_SPACE.matcher(text).replaceAll("$1 $2").replace(".", "");
        return parseWithZone(text)
                .or(() -> parseWithZone(text.replaceFirst(" ", "T")))
                .or(() -> parseNaiveDateTime(text))
                .or(() -> parseNaiveDateTime(plainMeridiem))
                .or(() -> parseNaiveDate(text));
    }

    private static Optional<Instant> parseWithZone(String text) {
        for (DateTimeFormatter format : WITH_ZONE) {
            try {
                return Optional.of(ZonedDateTime.parse(text, format).toInstant());
            } catch (DateTimeException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> parseNaiveDateTime(String text) {
        for (DateTimeFormatter format : NAIVE_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).atZone(defaultZone).toInstant());
            } catch (DateTimeException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> parseNaiveDate(String text) {
        for (DateTimeFormatter format : NAIVE_DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format).atStartOfDay(defaultZone).toInstant());
            } catch (DateTimeException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.US)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
