package com.leadtolease.testing;

import com.leadtolease.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void packagesHaveNoCycles() {
        ArchitectureRules.assertNoPackageCycles("com.leadtolease.testing");
    }
}
