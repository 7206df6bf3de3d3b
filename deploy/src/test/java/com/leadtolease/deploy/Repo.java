package com.leadtolease.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository checkout the tests read: the services' config, deploy/ and docker-compose.yml. */
final class Repo {
    /** The deployable services: every module with a Dockerfile (its folder name is its Deployment and compose name). */
    static final List<String> SERVICES = services();

    private Repo() {
    }

    static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy/k8s")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root (mvnw + deploy/k8s) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /** The path as written in messages: relative to the repository root. */
    static String relative(Path path) {
        return root().relativize(path.toAbsolutePath()).toString();
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> services() {
        try (Stream<Path> modules = Files.list(root())) {
            return modules.filter(dir -> Files.exists(dir.resolve("Dockerfile")))
                    .map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
