package com.leadtolease.notification.config;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at startup, rather than at the first failed delivery, that webhooks are configured without a secret. */
@ApplicationScoped
public class WebhookSecretCheck {

    private static final Logger LOG = Logger.getLogger(WebhookSecretCheck.class);

    void onStart(@Observes StartupEvent startup, NotificationConfig config) {
        NotificationConfig.Webhooks webhooks = config.webhooks();
        NotificationConfig.Targets targets = webhooks.targets();
        boolean anyTarget = targets.tourScheduled().isPresent() || targets.tourRescheduled().isPresent()
                || targets.tourCancelled().isPresent() || targets.tourReminderDue().isPresent();
        NotificationConfig.ActionTargets actions = webhooks.actions();
        anyTarget = anyTarget || actions.scheduleTour().isPresent() || actions.requestDocs().isPresent()
                || actions.markFavorite().isPresent() || actions.applyNow().isPresent()
                || actions.handoff().isPresent();
        if (anyTarget && webhooks.secret().filter(s -> !s.isBlank()).isEmpty()) {
            LOG.error("Webhook targets are configured but ZAPIER_WEBHOOK_SECRET (notification.webhooks.secret) is "
                    + "not set: every webhook delivery will fail until it is.");
        }
    }
}
