package com.leadtolease.embedding.rest;

/** Both optional: the configured default model, and a version label made of the model name and the time. */
public record StartRunRequest(String model, String version) {
}
