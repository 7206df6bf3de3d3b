package com.leadtolease.booking.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** A phone number as people type it: digits with optional +, spaces, dots, dashes and parentheses; 7–15 digits. */
@Documented
@Constraint(validatedBy = PlausiblePhone.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausiblePhone {

    String message() default "must be a phone number with 7 to 15 digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausiblePhone, String> {
        private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ().\\-]+");
        private static final int MIN_DIGITS = 7;
        private static final int MAX_DIGITS = 15;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String trimmed = value.trim();
            long digits = trimmed.chars().filter(Character::isDigit).count();
            return ALLOWED.matcher(trimmed).matches() && digits >= MIN_DIGITS && digits <= MAX_DIGITS;
        }
    }
}
