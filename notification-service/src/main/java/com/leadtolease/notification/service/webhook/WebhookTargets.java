package com.leadtolease.notification.service.webhook;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Which webhook URLs want which booking event type (notification.webhooks.targets.*). */
@ApplicationScoped
public class WebhookTargets {

    private final NotificationConfig.Targets targets;

    public WebhookTargets(NotificationConfig config) {
        this.targets = config.webhooks().targets();
    }

    public List<String> forEventType(String eventType) {
        Optional<List<String>> urls = switch (eventType) {
            case EventTypes.TOUR_SCHEDULED -> targets.tourScheduled();
            case EventTypes.TOUR_RESCHEDULED -> targets.tourRescheduled();
            case EventTypes.TOUR_CANCELLED -> targets.tourCancelled();
            case EventTypes.TOUR_REMINDER_DUE -> targets.tourReminderDue();
            default -> Optional.empty();
        };
        return urls.orElse(List.of()).stream().map(String::trim).filter(url -> !url.isEmpty()).distinct().toList();
    }
}
