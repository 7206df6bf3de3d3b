package com.leadtolease.notification.service.email;

import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.service.AttemptResult;
import com.leadtolease.notification.service.BookingEvent;
import com.leadtolease.notification.service.ChannelSender;
import com.leadtolease.notification.service.NotifiableEvent;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** Sends a tour email over SMTP (quarkus-mailer, blocking: runs on the dispatcher's worker thread). */
@ApplicationScoped
public class TourEmailSender implements ChannelSender {

    static final String TOUR_ID_HEADER = "X-Lead2Lease-Tour-Id";
    static final String EVENT_ID_HEADER = "X-Lead2Lease-Event-Id";

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>,;:()\\[\\]\"]+@[^\\s@<>,;:()\\[\\]\".]+(\\.[^\\s@<>,;:()\\[\\]\".]+)*");

    private final Mailer mailer;
    private final TourEmailComposer composer;
    private final Optional<String> replyTo;

    public TourEmailSender(Mailer mailer, TourEmailComposer composer, NotificationConfig config) {
        this.mailer = mailer;
        this.composer = composer;
        this.replyTo = config.mail().replyTo();
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public boolean sends(NotifiableEvent event) {
        return event instanceof BookingEvent;
    }

    @Override
    public AttemptResult attempt(Delivery delivery, NotifiableEvent source) {
        if (!(source instanceof BookingEvent event)) {
            return AttemptResult.permanent("Emails are only sent for booking events, not " + source.envelope().type());
        }
        if (!looksLikeAnAddress(delivery.target)) {
            // Not the address itself: errors go to the log.
            return AttemptResult.permanent("Invalid email address (not retried)");
        }
        TourEmail email = composer.compose(event);
        Mail mail = Mail.withText(delivery.target, email.subject(), email.text())
                .setHtml(email.html())
                .addHeader(TOUR_ID_HEADER, event.tour().tourId())
                .addHeader(EVENT_ID_HEADER, event.envelope().id());
        replyTo.ifPresent(mail::setReplyTo);
        email.invite().ifPresent(invite -> mail.addAttachment(attachmentName(invite),
                IcsCalendarWriter.write(invite).getBytes(StandardCharsets.UTF_8), invite.contentType()));
        try {
            mailer.send(mail);
            return AttemptResult.delivered();
        } catch (RuntimeException e) {
            return classify(e);
        }
    }

    /** One @ between a local part and a domain, nothing an SMTP client would refuse or read as several addresses. */
    static boolean looksLikeAnAddress(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }

    private static String attachmentName(IcsInvite invite) {
        return invite.method() == IcsInvite.Method.CANCEL ? "tour-cancellation.ics" : "tour-invite.ics";
    }

    /** A permanent SMTP rejection (5xx, e.g. unknown mailbox) fails at once; anything else is retried. */
    static AttemptResult classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp) {
                String error = "SMTP " + smtp.getReplyCode() + ": " + smtp.getReplyMessage();
                return smtp.isPermanent() ? AttemptResult.permanent(error) : AttemptResult.retryable(error);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return AttemptResult.retryable("SMTP send failed: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage()));
    }
}
