package com.leadtolease.ingestion.service.csv;

/** The input cannot be read as the CSV this service expects; the whole job fails with this message. */
public class CsvFormatException extends RuntimeException {
    public CsvFormatException(String message) {
        super(message);
    }

    public CsvFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
