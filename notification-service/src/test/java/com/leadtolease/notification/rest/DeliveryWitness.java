package com.leadtolease.notification.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.leadtolease.notification.repository.DeliveryRepository;
import com.leadtolease.testing.RouteMatrix;
import com.leadtolease.platform.outbox.MongoOutboxStore;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

/**
 * What the delivery routes could change or cause: delivery documents (status, attempts, next attempt), and what
 * the dispatcher then sends, webhooks to the hook receiver and mails to the SMTP server. A refused request must do
 * none of it. The outbox relay drains events in the background, so deliveries are compared without its bookkeeping.
 */
final class DeliveryWitness implements RouteMatrix.Witness {

    private static final List<String> RELAY_FIELDS = MongoOutboxStore.FIELDS;

    private final MongoCollection<Document> deliveries;
    private final WireMockServer hooks;
    private final GreenMail mail;
    private Map<Object, Document> deliveriesBefore;
    private int hookCallsBefore;
    private int mailsBefore;

    DeliveryWitness(DeliveryRepository deliveries, WireMockServer hooks, GreenMail mail) {
        this.deliveries = deliveries.mongoCollection().withDocumentClass(Document.class);
        this.hooks = hooks;
        this.mail = mail;
    }

    @Override
    public void reset() {
        deliveriesBefore = deliveriesWithoutRelayFields();
        hookCallsBefore = hookCalls();
        mailsBefore = mail.getReceivedMessages().length;
    }

    @Override
    public List<String> traces() {
        List<String> traces = new ArrayList<>();
        deliveriesWithoutRelayFields().forEach((id, delivery) -> {
            Document before = deliveriesBefore.get(id);
            if (before == null) {
                traces.add("delivery " + id + " was created");
            } else if (!delivery.equals(before)) {
                traces.add("delivery " + id + " went from " + summary(before) + " to " + summary(delivery));
            }
        });
        int hookCalls = hookCalls();
        if (hookCalls != hookCallsBefore) {
            traces.add((hookCalls - hookCallsBefore) + " webhook(s) were sent");
        }
        int mails = mail.getReceivedMessages().length;
        if (mails != mailsBefore) {
            traces.add((mails - mailsBefore) + " mail(s) were sent");
        }
        return traces;
    }

    private Map<Object, Document> deliveriesWithoutRelayFields() {
        Map<Object, Document> byId = new HashMap<>();
        for (Document delivery : deliveries.find()) {
            RELAY_FIELDS.forEach(delivery::remove);
            byId.put(delivery.get("_id"), delivery);
        }
        return byId;
    }

    private int hookCalls() {
        return hooks.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static String summary(Document delivery) {
        return delivery.getString("status") + " after " + delivery.getInteger("attempts") + " attempt(s)";
    }
}
