package com.leadtolease.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh folders under target/ (java.io.tmpdir points at target/tmp in surefire and failsafe). */
final class TestDirs {
    private TestDirs() {
    }

    static Path create(String prefix) throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        return Files.createTempDirectory(base, prefix);
    }
}
