package com.leadtolease.embedding.domain;

public enum RunStatus {
    RUNNING, COMPLETED, FAILED;

    public String value() {
        return name().toLowerCase();
    }
}
