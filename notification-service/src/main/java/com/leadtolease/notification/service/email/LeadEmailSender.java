package com.leadtolease.notification.service.email;

import com.leadtolease.notification.client.PropertyNames;
import com.leadtolease.notification.config.NotificationConfig;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.service.AttemptResult;
import com.leadtolease.notification.service.ChannelSender;
import com.leadtolease.notification.service.LeadEmailEvent;
import com.leadtolease.notification.service.NotifiableEvent;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Sends the agent's email to a lead who came in by webhook (an invite to the chat, or a reply) over SMTP, from the
 * leasing team's address, with the same failure rules as tour emails.
 */
@ApplicationScoped
public class LeadEmailSender implements ChannelSender {

    static final String SESSION_ID_HEADER = "X-Lead2Lease-Session-Id";

    private final Mailer mailer;
    private final LeadEmailComposer composer;
    private final PropertyNames properties;
    private final Optional<String> replyTo;

    public LeadEmailSender(Mailer mailer, LeadEmailComposer composer, PropertyNames properties,
                           NotificationConfig config) {
        this.mailer = mailer;
        this.composer = composer;
        this.properties = properties;
        this.replyTo = config.mail().replyTo();
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public boolean sends(NotifiableEvent event) {
        return event instanceof LeadEmailEvent;
    }

    @Override
    public AttemptResult attempt(Delivery delivery, NotifiableEvent source) {
        if (!(source instanceof LeadEmailEvent event)) {
            return AttemptResult.permanent("Lead emails are only sent for lead email requests, not "
                    + source.envelope().type());
        }
        if (!TourEmailSender.looksLikeAnAddress(delivery.target)) {
            return AttemptResult.permanent("Invalid email address (not retried)");
        }
        LeadEmail email = composer.compose(event.email(), properties.of(event.email().propertyId()));
        Mail mail = Mail.withText(delivery.target, email.subject(), email.text()).setHtml(email.html())
                .addHeader(SESSION_ID_HEADER, event.email().sessionId())
                .addHeader(TourEmailSender.EVENT_ID_HEADER, event.envelope().id());
        replyTo.ifPresent(mail::setReplyTo);
        try {
            mailer.send(mail);
            return AttemptResult.delivered();
        } catch (RuntimeException e) {
            return TourEmailSender.classify(e);
        }
    }
}
