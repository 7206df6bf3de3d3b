package com.leadtolease.notification.service;

import com.leadtolease.contracts.Topics;
import com.leadtolease.contracts.agent.AgentActionData;
import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;
import com.leadtolease.notification.domain.DeliveryIds;
import com.leadtolease.notification.domain.SourceEvent;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.leadtolease.notification.service.webhook.WebhookTargets;
import com.mongodb.MongoException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Records one pending webhook delivery per Zapier hook configured for the action's type. Ids come from the action's
 * idempotency key and are inserted only if absent, so a redelivered (or re-published) action adds nothing.
 */
@ApplicationScoped
public class ActionDeliveryPlanner {

    static final Set<String> FORWARDED_ACTIONS = Set.of(AgentActionData.SCHEDULE_TOUR, AgentActionData.REQUEST_DOCS,
            AgentActionData.MARK_FAVORITE, AgentActionData.APPLY_NOW, AgentActionData.HANDOFF);

    private final DeliveryRepository repository;
    private final WebhookTargets webhookTargets;

    public ActionDeliveryPlanner(DeliveryRepository repository, WebhookTargets webhookTargets) {
        this.repository = repository;
        this.webhookTargets = webhookTargets;
    }

    public static boolean forwards(String actionType) {
        return FORWARDED_ACTIONS.contains(actionType);
    }

    /** @return the deliveries this call created (empty for a redelivered action or when no hook wants it) */
    @Retry(maxRetries = 4, delay = 500, jitter = 200, retryOn = MongoException.class)
    public List<Delivery> plan(AgentActionEvent event) {
        AgentActionData action = event.action();
        SourceEvent source = SourceEvent.of(event.envelope(), Topics.AGENT_ACTIONS);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Delivery> created = new ArrayList<>();
        for (String url : webhookTargets.forActionType(action.type())) {
            Delivery delivery = Delivery.pending(DeliveryIds.ofAction(action.idempotencyKey(), DeliveryChannel.WEBHOOK, url),
                    source, action.details() == null ? null : action.details().get("tourId"), DeliveryChannel.WEBHOOK,
                    url, now);
            delivery.sessionId = action.sessionId() != null ? action.sessionId() : event.envelope().subject();
            delivery.actionType = action.type();
            delivery.leadId = action.leadId();
            if (repository.insertIfAbsent(delivery)) {
                created.add(delivery);
            }
        }
        return created;
    }
}
