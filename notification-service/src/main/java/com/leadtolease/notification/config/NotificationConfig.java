package com.leadtolease.notification.config;

import com.leadtolease.platform.outbox.OutboxConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything notification-service can be told, under {@code notification.*}. Every key can be overridden by an
 * environment variable named by the MicroProfile rule (upper case, dots and dashes as underscores), e.g.
 * {@code NOTIFICATION_RETRY_WINDOW}; the webhook secret and targets also have short names, see
 * application.properties.
 */
@ConfigMapping(prefix = "notification")
public interface NotificationConfig {

    Dispatch dispatch();

    Retry retry();

    Webhooks webhooks();

    OutboxConfig outbox();

    Mail mail();

    Consumers consumers();

    Services services();

    /** Other services this one asks. */
    interface Services {
        /** booking-service, for the property names in lead emails' subjects (BOOKING_SERVICE_URL). */
        @WithDefault("http://127.0.0.1:8082")
        String booking();
    }

    /** The consumers of {@code bookings.events}, {@code agent.actions} and {@code leads.events}. */
    interface Consumers {
        /** How long an event failing transiently (Mongo away) is retried in place before it goes to its DLQ. */
        @WithDefault("24h")
        Duration bookingEventsRetryWindow();

        @WithDefault("24h")
        Duration agentActionsRetryWindow();

        @WithDefault("24h")
        Duration leadEventsRetryWindow();
    }

    /** The scheduled job that picks up pending deliveries (first attempts and retries alike). */
    interface Dispatch {
        /** How often due deliveries are looked for. */
        @WithDefault("1s")
        Duration pollInterval();

        /** At most this many deliveries are attempted per poll. */
        @WithDefault("50")
        int batchSize();

        /**
         * A claimed delivery is not picked up again for this long; if the replica dies mid-attempt, another
         * replica retries it afterwards. Must exceed the longest attempt (webhook request timeout, SMTP timeout).
         */
        @WithDefault("2m")
        Duration claimTimeout();
    }

    /** Exponential backoff with jitter between attempts of one delivery, for a window of time. */
    interface Retry {
        /**
         * How long after its first attempt a delivery failing transiently (SMTP down, webhook 5xx) is still retried;
         * then it is failed for good. A permanent refusal fails it at once.
         */
        @WithDefault("24h")
        Duration window();

        /** Delay before the second attempt; doubles with every further attempt. */
        @WithDefault("1s")
        Duration baseDelay();

        /** Upper bound of any single delay. */
        @WithDefault("10m")
        Duration maxDelay();
    }

    /** Outbound Zapier webhooks. */
    interface Webhooks {
        /** Shared HMAC-SHA256 secret; without it no webhook is sent (deliveries fail saying so). */
        Optional<String> secret();

        @WithDefault("5s")
        Duration connectTimeout();

        @WithDefault("10s")
        Duration requestTimeout();

        Targets targets();

        ActionTargets actions();
    }

    /** Comma-separated target URLs per booking event type. */
    interface Targets {
        Optional<List<String>> tourScheduled();

        Optional<List<String>> tourRescheduled();

        Optional<List<String>> tourCancelled();

        Optional<List<String>> tourReminderDue();
    }

    /** Comma-separated target URLs per agent action type (events of {@code agent.actions}). */
    interface ActionTargets {
        Optional<List<String>> scheduleTour();

        Optional<List<String>> requestDocs();

        Optional<List<String>> markFavorite();

        Optional<List<String>> applyNow();

        /** A conversation handed to a person: tell the leasing team (Slack, email, CRM task). */
        Optional<List<String>> handoff();
    }

    /** Tour emails. */
    interface Mail {
        /** Reply-To of tour emails (replies are how a lead reschedules or cancels); defaults to the From address. */
        Optional<String> replyTo();

        /**
         * The web chat (the gateway's {@code /}, NOTIFICATION_MAIL_CHAT_URL, e.g. https://example.com), shown to leads as
         * the place to chat with the leasing assistant; a lead email links {@code <chat-url>/?invite=<token>}.
         */
        Optional<String> chatUrl();

        /**
         * CHAT_INVITE_SECRET, the gateway's: it exchanges the invite token a lead email carries for that conversation's
         * chat token. Without it lead emails go out without a link.
         */
        Optional<String> chatInviteSecret();

        /** How long the link of a lead email opens its conversation. */
        @WithDefault("P7D")
        Duration chatInviteTtl();

        /**
         * The gateway's "manage your tour" page (NOTIFICATION_MAIL_MANAGE_URL, e.g. https://example.com/book/manage.html);
         * with {@link #tourLinkSecret()} every tour email links the tour's own page.
         */
        Optional<String> manageUrl();

        /**
         * Where a lead applies (NOTIFICATION_MAIL_APPLY_URL), linked from the "thanks for touring" email after a
         * completed tour; {@code {propertyId}} is replaced by the toured property's id. Without it the link is
         * {@code <chat-url>/?apply=<propertyId>}, the web chat, where asking to apply reaches the leasing team.
         */
        Optional<String> applyUrl();

        /** TOUR_LINK_SECRET, the gateway's: it checks the token each manage link carries. */
        Optional<String> tourLinkSecret();

        /** How long a manage link works. */
        @WithDefault("P90D")
        Duration tourLinkTtl();
    }
}
