package com.leadtolease.notification.service;

import com.leadtolease.notification.domain.Delivery;
import com.leadtolease.notification.domain.DeliveryChannel;

/** Makes one attempt of a delivery over one channel. Must not throw for expected failures; it reports them. */
public interface ChannelSender {

    DeliveryChannel channel();

    AttemptResult attempt(Delivery delivery, NotifiableEvent event);

    /** Whether this sender makes the channel's deliveries for this kind of event (a channel may have several). */
    default boolean sends(NotifiableEvent event) {
        return true;
    }
}
