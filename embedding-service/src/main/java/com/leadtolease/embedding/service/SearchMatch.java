package com.leadtolease.embedding.service;

import com.leadtolease.embedding.domain.Chunk;

import java.util.List;

/** A message found by search: its best-matching chunk, the ranking score, and its neighbouring turns. */
public record SearchMatch(Chunk chunk, double score, double similarity, List<Chunk> context) {
}
