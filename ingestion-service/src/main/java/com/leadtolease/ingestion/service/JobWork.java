package com.leadtolease.ingestion.service;

/** What a job does with its input, reporting into its progress. */
@FunctionalInterface
interface JobWork {
    void run(JobProgress progress) throws Exception;
}
