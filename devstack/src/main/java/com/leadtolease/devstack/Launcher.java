package com.leadtolease.devstack;

import java.util.concurrent.CountDownLatch;

/** {@code ./dev.sh}: starts the local stack and keeps it up until Ctrl-C; {@code --stop-leftovers} for ./dev.sh stop. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("--stop-leftovers")) {
            new LeftoverChildren(DevStackConfig.fromEnvironment(System.getenv()).dataDir()).stop();
            return;
        }
        DevStackConfig config;
        try {
            config = DevStackConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            Log.warn(e.getMessage());
            System.exit(2);
            return;
        }
        DevStack stack = new DevStack(config);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        try {
            stack.run();
        } catch (Exception e) {
            Log.warn("start-up failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            stack.close();
            System.exit(1);
        }
        stack.printBanner();
        try {
            new CountDownLatch(1).await(); // until Ctrl-C / SIGTERM runs the shutdown hook
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
