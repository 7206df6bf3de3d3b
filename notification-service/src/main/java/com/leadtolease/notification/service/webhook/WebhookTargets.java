package com.leadtolease.notification.service.webhook;

import com.leadtolease.contracts.EventTypes;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.notification.config.NotificationConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Which webhook URLs want which booking event type (notification.webhooks.targets.*) and which agent action type
 * (notification.webhooks.actions.*).
 */
@ApplicationScoped
public class WebhookTargets {

    private final NotificationConfig.Targets targets;
    private final NotificationConfig.ActionTargets actions;

    public WebhookTargets(NotificationConfig config) {
        this.targets = config.webhooks().targets();
        this.actions = config.webhooks().actions();
    }

    public List<String> forEventType(String eventType) {
        Optional<List<String>> urls = switch (eventType) {
            case EventTypes.TOUR_SCHEDULED -> targets.tourScheduled();
            case EventTypes.TOUR_RESCHEDULED -> targets.tourRescheduled();
            case EventTypes.TOUR_CANCELLED -> targets.tourCancelled();
            case EventTypes.TOUR_REMINDER_DUE -> targets.tourReminderDue();
            default -> Optional.empty();
        };
        return cleaned(urls);
    }

    public List<String> forActionType(String actionType) {
        Optional<List<String>> urls = switch (actionType) {
            case AgentActionData.SCHEDULE_TOUR -> actions.scheduleTour();
            case AgentActionData.REQUEST_DOCS -> actions.requestDocs();
            case AgentActionData.MARK_FAVORITE -> actions.markFavorite();
            case AgentActionData.APPLY_NOW -> actions.applyNow();
            case AgentActionData.HANDOFF -> actions.handoff();
            default -> Optional.empty();
        };
        return cleaned(urls);
    }

    private static List<String> cleaned(Optional<List<String>> urls) {
        return urls.orElse(List.of()).stream().map(String::trim).filter(url -> !url.isEmpty()).distinct().toList();
    }
}
