package com.leadtolease.ingestion.domain;

/** Something wrong with one input row: its line number (or message position for JSON) and what. */
public record RowProblem(long line, String reason) {
}
