package com.leadtolease.gateway.health;

/** One downstream service's readiness as the gateway saw it. */
public record ServiceHealth(String name, String url, String status, long latencyMs, String detail) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public boolean up() {
        return UP.equals(status);
    }
}
