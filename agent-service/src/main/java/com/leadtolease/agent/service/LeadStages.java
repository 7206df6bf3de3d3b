package com.leadtolease.agent.service;

import com.leadtolease.text.stage.Stage;

import java.util.Arrays;
import java.util.List;

/** The eight lead stages in order, each with a one-line description. */
public final class LeadStages {

    public record StageInfo(String name, int order, String description) {
    }

    private LeadStages() {
    }

    public static List<StageInfo> all() {
        return Arrays.stream(Stage.values())
                .map(stage -> new StageInfo(stage.wireName(), stage.ordinal() + 1, describe(stage)))
                .toList();
    }

    static String describe(Stage stage) {
        return switch (stage) {
            case QUALIFYING -> "Learning what the prospect needs: area, budget, bedrooms, move-in date, pets, contact.";
            case SENDING_LIST -> "Matching listings have been sent to the prospect.";
            case SELECTING_FAVORITES -> "The prospect is choosing between listings and picking favorites.";
            case TOURING -> "A tour is scheduled or has taken place.";
            case APPLYING -> "The prospect is applying for a home.";
            case APPROVAL -> "The application is being reviewed or has been approved.";
            case POST_CLOSE -> "The lease is signed; move-in and follow-up.";
            case RENEWAL -> "The resident is deciding whether to renew the lease.";
        };
    }
}
