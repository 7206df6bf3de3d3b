package com.leadtolease.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service: {@code java <opts> -jar <module>/target/quarkus-app/quarkus-run.jar}, logging to {@code <data>/logs/<module>.log}. */
final class ServiceProcess {
    private final ServiceSpec spec;
    private final int port;
    private final ChildProcess process;

    private ServiceProcess(ServiceSpec spec, int port, ChildProcess process) {
        this.spec = spec;
        this.port = port;
        this.process = process;
    }

    static ServiceProcess start(DevStackConfig config, ServiceSpec spec, Map<String, String> env) {
        Path jar = config.quarkusRunJar(spec);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./dev.sh builds everything)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(config.serviceJvmOptions());
        command.add("-jar");
        command.add(jar.toString());
        ChildProcess process = ChildProcess.start(spec.module(), command, env, config.rootDir(),
                config.logDir().resolve(spec.module() + ".log"));
        return new ServiceProcess(spec, config.port(spec), process);
    }

    ServiceSpec spec() {
        return spec;
    }

    String name() {
        return spec.module();
    }

    int port() {
        return port;
    }

    String readinessUrl() {
        return "http://" + DevStackConfig.HOST + ":" + port + "/q/health/ready";
    }

    ChildProcess process() {
        return process;
    }

    void stop() {
        process.stop(Duration.ofSeconds(20));
    }
}
