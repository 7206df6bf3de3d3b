package com.leadtolease.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One child JVM the launcher started, with stdout+stderr in a log file. Only processes started here (and their
 * descendants) are ever signalled. Children run in their own session ({@code setsid}, where available) so a Ctrl-C
 * in the terminal reaches only the launcher, which then stops them in order.
 */
final class ChildProcess {
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final Path logFile;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        seen.add(process.toHandle());
    }

    /** Starts the command; the previous log (if any) is kept as {@code <log>.1}. */
    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(logFile, "# " + Instant.now() + " devstack: " + describe(command) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
            List<String> full = new ArrayList<>();
            if (Files.isExecutable(SETSID)) {
                full.add(SETSID.toString());
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().close(); // stdin: EOF, nobody types into a child
            return new ChildProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** The command for the log header, with a long class path shortened. */
    private static String describe(List<String> command) {
        List<String> shown = new ArrayList<>(command);
        for (int i = 0; i < shown.size() - 1; i++) {
            if ((shown.get(i).equals("-cp") || shown.get(i).equals("-classpath")) && shown.get(i + 1).length() > 120) {
                shown.set(i + 1, "<" + shown.get(i + 1).split(java.io.File.pathSeparator).length + " class path entries>");
            }
        }
        return String.join(" ", shown);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Process process() {
        return process;
    }

    Path logFile() {
        return logFile;
    }

    /** Waits for a short-lived child (e.g. a tool run) and returns its exit code. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            stop(Duration.ofSeconds(5));
            throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s");
        }
        return process.exitValue();
    }

    /** This process and every descendant seen so far (still alive or not). */
    synchronized List<ProcessHandle> handles() {
        rememberDescendants();
        return List.copyOf(seen);
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL to it and all its descendants. */
    void stop(Duration grace) {
        rememberDescendants();
        if (process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<ProcessHandle> survivors;
        synchronized (this) {
            survivors = seen.stream().filter(ProcessHandle::isAlive).toList();
        }
        if (!survivors.isEmpty()) {
            Log.warn(name + " did not stop within " + grace.toSeconds() + " s; killing pid(s) "
                    + survivors.stream().map(h -> Long.toString(h.pid())).toList());
            survivors.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle handle : survivors) {
                try {
                    handle.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    Log.warn("pid " + handle.pid() + " (" + name + ") still alive after SIGKILL");
                }
            }
        }
    }

    /** The last {@code lines} lines of the log. */
    String tail(int lines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 64 * 1024);
            file.seek(from);
            byte[] bytes = new byte[(int) (length - from)];
            file.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n");
            int start = Math.max(0, all.length - lines);
            return String.join(System.lineSeparator(), java.util.Arrays.copyOfRange(all, start, all.length));
        } catch (IOException e) {
            return "(cannot read " + logFile + ": " + e.getMessage() + ")";
        }
    }

    private synchronized void rememberDescendants() {
        process.descendants().forEach(seen::add);
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
