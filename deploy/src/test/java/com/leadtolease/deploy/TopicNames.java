package com.leadtolease.deploy;

import com.leadtolease.contracts.Topics;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/** Every topic the code names (the constants of contracts' Topics) and its dead-letter topic. */
final class TopicNames {
    private TopicNames() {
    }

    static Set<String> withDeadLetters() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                String topic = (String) constant(field);
                topics.add(topic);
                topics.add(Topics.deadLetter(topic));
            }
        }
        return topics;
    }

    private static Object constant(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
