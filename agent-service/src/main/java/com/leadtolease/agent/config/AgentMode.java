package com.leadtolease.agent.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.Locale;

/** Which conversation runs prospect messages: the guided policy or the LLM with tools (see {@link AgentConfig#mode()}). */
@ApplicationScoped
@Startup
public class AgentMode {

    private static final Logger LOG = Logger.getLogger(AgentMode.class);

    private final boolean llm;

    AgentMode(AgentConfig config) {
        this.llm = llm(config.mode(), config.llm().baseUrl().isPresent() || config.llm().apiKey().isPresent());
        LOG.infof("Agent mode: %s (agent.mode=%s)", llm ? "llm" : "guided", config.mode());
    }

    public boolean llm() {
        return llm;
    }

    static boolean llm(String mode, boolean endpointConfigured) {
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "llm" -> true;
            case "guided" -> false;
            case "auto" -> endpointConfigured;
            default -> throw new IllegalArgumentException("agent.mode must be guided, llm or auto, not " + mode);
        };
    }
}
