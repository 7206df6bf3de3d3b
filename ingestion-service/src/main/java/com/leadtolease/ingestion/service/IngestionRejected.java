package com.leadtolease.ingestion.service;

/** The input as a whole cannot be ingested; the job fails with this message and keeps nothing. */
public class IngestionRejected extends RuntimeException {
    public IngestionRejected(String message) {
        super(message);
    }
}
