package com.leadtolease.agent.service;

import com.leadtolease.text.pii.PiiKind;

/** US phone numbers as the rest of the suite reads them: ten digits, area code and exchange starting 2–9. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static boolean plausible(String phone) {
        return phone != null && phone.matches("[0-9+().\\s-]{10,20}") && key(phone).matches("[2-9]\\d{2}[2-9]\\d{6}");
    }

    /** Ten digits, the US country code dropped; the same canonical form the PII hashes use. */
    public static String key(String phone) {
        return phone == null ? null : PiiKind.PHONE.canonicalize(phone);
    }
}
