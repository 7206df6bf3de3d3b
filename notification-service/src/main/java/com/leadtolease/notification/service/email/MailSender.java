package com.leadtolease.notification.service.email;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The From address of tour emails ("Name <address>"), which is also the invite's ORGANIZER. */
public record MailSender(String name, String address) {

    private static final Pattern NAME_ADDR = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

    public static MailSender parse(String from) {
        Matcher matcher = NAME_ADDR.matcher(from);
        if (matcher.matches()) {
            return new MailSender(matcher.group(1).trim(), matcher.group(2).trim());
        }
        return new MailSender(null, from.trim());
    }
}
