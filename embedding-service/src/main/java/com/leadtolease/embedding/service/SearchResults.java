package com.leadtolease.embedding.service;

import java.util.List;

/** The matches, and the version they come from. */
public record SearchResults(String version, String model, List<SearchMatch> matches) {
}
