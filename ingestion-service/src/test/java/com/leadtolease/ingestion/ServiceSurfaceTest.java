package com.leadtolease.ingestion;

import com.leadtolease.testing.ServiceSurfaceContract;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;

@QuarkusTest
class ServiceSurfaceTest extends ServiceSurfaceContract {

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/training/ingest-csv", "/api/training/datasets/finetune.jsonl");
    }
}
