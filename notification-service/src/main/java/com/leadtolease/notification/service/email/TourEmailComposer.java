package com.leadtolease.notification.service.email;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.booking.LeadContact;
import com.leadtolease.contracts.booking.TourEventData;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.service.BookingEvent;
import com.leadtolease.notification.service.TourTimes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import com.leadtolease.platform.security.SignedTokens;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns a booking event into the lead's email: confirmation, reschedule, cancellation or reminder. */
@ApplicationScoped
public class TourEmailComposer {

    private static final String MAPS_SEARCH = "https://www.google.com/maps/search/?api=1&query=";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tourText(TourEmailModel model);

        static native TemplateInstance tourHtml(TourEmailModel model);
    }

    private final MailSender sender;
    private final Optional<String> chatUrl;
    private final Optional<String> manageUrl;
    private final Optional<SignedTokens> tourTokens;
    private final Optional<String> applyUrl;

    public TourEmailComposer(@ConfigProperty(name = "quarkus.mailer.from") String from, NotificationConfig config) {
        this.sender = MailSender.parse(from);
        this.chatUrl = config.mail().chatUrl();
        this.manageUrl = config.mail().manageUrl();
        this.applyUrl = config.mail().applyUrl().filter(url -> !url.isBlank());
        this.tourTokens = config.mail().tourLinkSecret().filter(secret -> !secret.isBlank())
                .map(secret -> new SignedTokens(SignedTokens.TOUR, secret, config.mail().tourLinkTtl(),
                        Clock.systemUTC()));
    }

    public TourEmail compose(BookingEvent event) {
        TourEventData tour = event.tour();
        TourTimes times = TourTimes.in(tour.timeZone());
        String property = orDefault(tour.propertyName(), "the property");
        String type = event.envelope().type();
        String when = times.span(tour.start(), tour.end());
        String brief = times.brief(tour.start());

        String subject;
        String headline;
        String intro;
        String calendarNote;
        String previousWhen = null;
        Optional<IcsInvite> invite;
        switch (type) {
            case EventTypes.TOUR_RESCHEDULED -> {
                subject = "Your tour of " + property + " has moved to " + brief;
                headline = "Your tour has been rescheduled";
                intro = "Your tour of " + property + " has a new time.";
                previousWhen = tour.previousStart() == null ? null : times.span(tour.previousStart(), null);
                calendarNote = "The attached invite updates the entry already in your calendar.";
                invite = Optional.of(invite(event, IcsInvite.Method.REQUEST));
            }
            case EventTypes.TOUR_CANCELLED -> {
                subject = "Your tour of " + property + " on " + brief + " is cancelled";
                headline = "Your tour has been cancelled";
                intro = "Your tour of " + property + " has been cancelled. We'd be glad to find you another time.";
                calendarNote = "The attached cancellation removes the tour from your calendar.";
                invite = Optional.of(invite(event, IcsInvite.Method.CANCEL));
            }
            case EventTypes.TOUR_COMPLETED -> {
                subject = "Thanks for touring " + property + " — apply here";
                headline = "Thanks for touring " + property;
                intro = "It was great to show you " + property + ". When you're ready, the application takes a few "
                        + "minutes.";
                calendarNote = null;
                invite = Optional.empty();
            }
            case EventTypes.TOUR_REMINDER_DUE -> {
                subject = "Reminder: your tour of " + property + " is " + brief;
                headline = "See you soon";
                intro = "A quick reminder of your upcoming tour of " + property + ".";
                calendarNote = null;
                invite = Optional.empty();
            }
            default -> {
                subject = "Your tour of " + property + " is confirmed for " + brief;
                headline = "Your tour is confirmed";
                intro = "Thanks for booking a tour of " + property + ". Here are the details.";
                calendarNote = "The attached invite adds the tour to your calendar.";
                invite = Optional.of(invite(event, IcsInvite.Method.REQUEST));
            }
        }
        boolean completed = EventTypes.TOUR_COMPLETED.equals(type);
        String manageLink = EventTypes.TOUR_CANCELLED.equals(type) || completed ? null
                : manageLink(tour.tourId()).orElse(null);
        String applyLink = completed ? applyLink(tour.propertyId()).orElse(null) : null;
        TourEmailModel model = new TourEmailModel(greetingName(tour.lead()), headline, intro, when, previousWhen,
                property, tour.propertyAddress(), mapUrl(tour.propertyAddress()), tourType(tour.tourType()),
                tour.tourId(), calendarNote, changeInstructions(type, tour.tourId()), manageLink, applyLink);
        return new TourEmail(subject, Templates.tourText(model).render(), Templates.tourHtml(model).render(), invite);
    }

    IcsInvite invite(BookingEvent event, IcsInvite.Method method) {
        TourEventData tour = event.tour();
        LeadContact lead = tour.lead();
        String property = orDefault(tour.propertyName(), "the property");
        String description = (method == IcsInvite.Method.CANCEL ? "This tour has been cancelled.\n" : "")
                + tourType(tour.tourType()) + " of " + property + ".\n"
                + "Tour id: " + tour.tourId() + "\n"
                + changeInstructions(event.envelope().type(), tour.tourId());
        return new IcsInvite(method, IcsInvite.uidForTour(tour.tourId()), tour.sequence(), event.envelope().time(),
                tour.start(), tour.end(), "Tour of " + property, tour.propertyAddress(), description,
                sender.name(), sender.address(), lead == null ? null : lead.name(), lead == null ? null : lead.email());
    }

    /** The tour's own page, its token in the link: whoever holds the email reschedules or cancels that tour only. */
    Optional<String> manageLink(String tourId) {
        if (manageUrl.isEmpty() || tourTokens.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(manageUrl.get() + "?tour=" + URLEncoder.encode(tourId, StandardCharsets.UTF_8)
                + "&token=" + URLEncoder.encode(tourTokens.get().issue(tourId).token(), StandardCharsets.UTF_8));
    }

    /** notification.mail.apply-url with the property's id, else the web chat opened to apply to it. */
    Optional<String> applyLink(String propertyId) {
        String id = URLEncoder.encode(propertyId == null ? "" : propertyId, StandardCharsets.UTF_8);
        if (applyUrl.isPresent()) {
            return Optional.of(applyUrl.get().replace("{propertyId}", id));
        }
        return chatUrl.filter(url -> !url.isBlank())
                .map(url -> (url.endsWith("/") ? url : url + "/") + "?apply=" + id);
    }

    static String mapUrl(String address) {
        return address == null || address.isBlank() ? null
                : MAPS_SEARCH + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    private String changeInstructions(String type, String tourId) {
        String where = chatUrl.map(url -> "chat with our leasing assistant at " + url)
                .orElse("tell our leasing assistant in the chat");
        if (EventTypes.TOUR_CANCELLED.equals(type)) {
            return "To book another time, reply to this email or " + where + ".";
        }
        if (EventTypes.TOUR_COMPLETED.equals(type)) {
            return "Questions about the application or the home? Reply to this email or " + where + ".";
        }
        return "To reschedule or cancel, reply to this email or " + where + " and mention tour id " + tourId + ".";
    }

    private static String greetingName(LeadContact lead) {
        if (lead == null || lead.name() == null || lead.name().isBlank()) {
            return "there";
        }
        return lead.name().trim().split("\\s+")[0];
    }

    private static String tourType(String tourType) {
        if (tourType == null || tourType.isBlank()) {
            return "Tour";
        }
        String words = tourType.replace('_', ' ').replace('-', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " tour";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
