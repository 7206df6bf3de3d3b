package com.leadtolease.embedding.service;

/** The model kept failing through every retry. */
public class ModelUnavailableException extends RuntimeException {
    public ModelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
