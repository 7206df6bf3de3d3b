package com.leadtolease.embedding.service;

import com.leadtolease.embedding.index.SearchFilter;

/** A validated search: query text, result count, filters, and the recency boost to rank with (null = configured). */
public record SearchQuery(String text, int k, SearchFilter filter, Double recencyBoost) {
}
