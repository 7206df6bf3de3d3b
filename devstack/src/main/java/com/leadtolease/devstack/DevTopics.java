package com.leadtolease.devstack;

import com.leadtolease.contracts.Topics;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every topic named in {@link Topics} (3 partitions) and its dead-letter topic (1 partition). */
final class DevTopics {
    static final int PARTITIONS = 3;
    static final int DLQ_PARTITIONS = 1;

    private DevTopics() {
    }

    static Map<String, Integer> all() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    String topic = (String) field.get(null);
                    topics.put(topic, PARTITIONS);
                    topics.put(Topics.deadLetter(topic), DLQ_PARTITIONS);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return topics;
    }
}
