package com.leadtolease.eval;

import com.leadtolease.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.assertNoPackageCycles("com.leadtolease.eval");
    }
}
