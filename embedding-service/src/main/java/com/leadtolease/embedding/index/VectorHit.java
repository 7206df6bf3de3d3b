package com.leadtolease.embedding.index;

/** A chunk document found by an index, with its cosine similarity to the query (−1..1). */
public record VectorHit(String id, double score) {
}
