package com.leadtolease.devstack;

/** The six services: Maven module dir, the env var that sets its port, the env var other services read its URL from. */
public enum ServiceSpec {
    CHAT_GATEWAY("chat-gateway", "GATEWAY_PORT", "CHAT_GATEWAY_URL", 8080),
    AGENT("agent-service", "AGENT_PORT", "AGENT_SERVICE_URL", 8081),
    BOOKING("booking-service", "BOOKING_PORT", "BOOKING_SERVICE_URL", 8082),
    INGESTION("ingestion-service", "INGESTION_PORT", "INGESTION_SERVICE_URL", 8083),
    EMBEDDING("embedding-service", "EMBEDDING_PORT", "EMBEDDING_SERVICE_URL", 8084),
    NOTIFICATION("notification-service", "NOTIFICATION_PORT", "NOTIFICATION_SERVICE_URL", 8085);

    private final String module;
    private final String portEnv;
    private final String urlEnv;
    private final int defaultPort;

    ServiceSpec(String module, String portEnv, String urlEnv, int defaultPort) {
        this.module = module;
        this.portEnv = portEnv;
        this.urlEnv = urlEnv;
        this.defaultPort = defaultPort;
    }

    public String module() {
        return module;
    }

    public String portEnv() {
        return portEnv;
    }

    /** Null for the gateway: nobody calls it from inside. */
    public String urlEnv() {
        return urlEnv;
    }

    public int defaultPort() {
        return defaultPort;
    }

    static ServiceSpec byModule(String module) {
        for (ServiceSpec spec : values()) {
            if (spec.module.equals(module.trim())) {
                return spec;
            }
        }
        throw new IllegalArgumentException("Unknown service '" + module + "' (L2L_SERVICES takes module names, e.g. booking-service)");
    }
}
