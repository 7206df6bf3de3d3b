package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.leadtolease.devstack.DevAuth;
import com.leadtolease.devstack.DevStack;
import com.leadtolease.devstack.DevStackConfig;
import com.leadtolease.devstack.GatewayClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The evaluation runner ({@code ./dev.sh eval}): starts a fresh local stack like {@code ./dev.sh} (or uses
 * {@code GATEWAY_URL}), runs the sets of {@code eval/sets/} through the public API and writes
 * {@code docs/evaluation.md} and {@code docs/evaluation.json}.
 *
 * <p>Environment: {@code EVAL_MODE} guided (default) | llm — the agent mode the started stack runs; llm passes the
 * agent-service LLM keys ({@code AGENT_LLM_BASE_URL}, {@code OPENAI_BASE_URL}, {@code OPENAI_API_KEY},
 * {@code AGENT_LLM_MODEL}, {@code AGENT_LLM_TIMEOUT}) through, as every service inherits the runner's environment.
 * {@code GATEWAY_URL} a running stack instead (its own mode; {@code EVAL_MODE} then only labels the report), with
 * {@code GATEWAY_TOKEN} (every scope incl. leads:read-pii) or dev-admin's secret from
 * {@code $L2L_DATA_DIR/auth/dev-credentials.json}. {@code EVAL_ONLY} a comma list of personas, extraction,
 * guardrails, answers. {@code EVAL_SETS} the folder holding the sets (default eval/sets; eval/sets-heldout holds
 * sets written after the tuning, run once before any fix). {@code EVAL_OUT} the output folder (default docs/).
 */
public final class EvalMain {

    static final List<String> SECTIONS = List.of("personas", "extraction", "guardrails", "answers");
    private static final Map<String, String> SET_FILES = Map.of("personas", "personas.jsonl",
            "extraction", "extraction.jsonl", "guardrails", "guardrail-probes.jsonl", "answers", "answer-questions.jsonl");

    private EvalMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path root = DevStackConfig.rootDir(env);
        String mode = env.getOrDefault("EVAL_MODE", "guided").trim().toLowerCase(java.util.Locale.ROOT);
        if (!Set.of("guided", "llm").contains(mode)) {
            throw new IllegalArgumentException("EVAL_MODE must be guided or llm, not " + mode);
        }
        if (mode.equals("llm") && blank(env.get("AGENT_LLM_BASE_URL")) && blank(env.get("OPENAI_BASE_URL"))
                && blank(env.get("OPENAI_API_KEY"))) {
            throw new IllegalArgumentException("EVAL_MODE=llm needs AGENT_LLM_BASE_URL, OPENAI_BASE_URL or OPENAI_API_KEY");
        }
        Set<String> only = blank(env.get("EVAL_ONLY")) ? Set.copyOf(SECTIONS) : Set.of(env.get("EVAL_ONLY").split(","));
        Path sets = root.resolve(env.getOrDefault("EVAL_SETS", "eval/sets"));
        Path out = root.resolve(env.getOrDefault("EVAL_OUT", "docs"));
        Instant started = Instant.now();

        DevStack stack = null;
        try {
            Api api;
            String target;
            if (blank(env.get("GATEWAY_URL"))) {
                stack = startStack(root, env, mode);
                api = new Api(stack.gatewayUrl(), new GatewayClient(stack.gatewayUrl())
                        .signedIn(DevAuth.ADMIN_CLIENT, stack.signIn().adminSecret()));
                target = "a fresh local stack started by the runner (devstack, free ports, started in "
                        + stack.startupTime().toSeconds() + " s)";
            } else {
                String url = env.get("GATEWAY_URL").replaceFirst("/$", "");
                api = new Api(url, signedIn(url, root, env));
                target = url + " (a running stack; its agent mode is its own)";
            }
            ObjectNode report = Jsonl.JSON.createObjectNode().put("generatedAt", started.toString())
                    .put("mode", mode + (mode.equals("llm") ? " (" + env.getOrDefault("AGENT_LLM_MODEL", "gpt-4o-mini") + ")" : ""))
                    .put("target", target);
            ObjectNode setInfo = report.putObject("sets");
            String runTag = "e" + Long.toString(started.getEpochSecond(), 36);
            int nextYear = LocalDate.now().getYear() + 1;
            for (String section : SECTIONS) {
                Path file = sets.resolve(SET_FILES.get(section));
                if (!only.contains(section) || !Files.isRegularFile(file)) {
                    continue;
                }
                List<JsonNode> lines = Jsonl.read(file);
                setInfo.putObject(root.relativize(file).toString()).put("lines", lines.size()).put("sha256", sha256(file));
                System.out.println("== " + section + ": " + lines.size() + " lines");
                ObjectNode result = switch (section) {
                    case "personas" -> new PersonaEval(api, started, runTag, nextYear).run(lines);
                    case "extraction" -> new ExtractionEval(api).run(lines);
                    case "guardrails" -> new GuardrailEval(api).run(lines);
                    default -> new AnswerEval(api).run(lines);
                };
                report.set(section, result);
            }
            report.put("durationSeconds", java.time.Duration.between(started, Instant.now()).toSeconds());
            report.set("targets", Report.targets(report));
            Report.write(report, out.resolve("evaluation.json"), out.resolve("evaluation.md"));
            System.out.println("wrote " + out.resolve("evaluation.md") + " and evaluation.json");
            report.path("targets").forEach(t -> System.out.println((t.path("met").asBoolean() ? "  met     " : "  MISSED  ")
                    + t.path("name").asText() + ": " + t.path("value").asText() + " (target " + t.path("target").asText() + ")"));
        } finally {
            if (stack != null) {
                stack.close();
            }
        }
    }

    private static DevStack startStack(Path root, Map<String, String> env, String mode) throws Exception {
        Path data = root.resolve("eval/target/eval-stack");
        deleteTree(data);
        Map<String, String> stackEnv = new HashMap<>(env);
        stackEnv.putAll(DevStackConfig.freePortEnvironment(root, data));
        stackEnv.putIfAbsent("L2L_READY_TIMEOUT_SECONDS", "300");
        // One client address plays every prospect: the per-address limits meant for the public would throttle it.
        Map<String, String> services = Map.of("AGENT_MODE", mode,
                "CHAT_IP_SESSIONS_PER_MINUTE", "100000", "CHAT_IP_MESSAGES_PER_MINUTE", "100000",
                "CHAT_SESSION_MESSAGES_PER_MINUTE", "100000", "CHAT_CLIENT_SESSIONS_PER_MINUTE", "100000",
                "TOURS_PER_ADDRESS_PER_HOUR", "100000");
        return DevStack.start(DevStackConfig.fromEnvironment(stackEnv), services);
    }

    private static GatewayClient signedIn(String url, Path root, Map<String, String> env) throws Exception {
        GatewayClient client = new GatewayClient(url);
        if (!blank(env.get("GATEWAY_TOKEN"))) {
            return client.withBearer(env.get("GATEWAY_TOKEN").trim());
        }
        Path credentials = root.resolve(env.getOrDefault("L2L_DATA_DIR", "data")).resolve("auth/dev-credentials.json");
        if (!Files.isRegularFile(credentials)) {
            throw new IllegalStateException("GATEWAY_URL is set: also set GATEWAY_TOKEN (a token with every scope), "
                    + "or run where " + credentials + " exists");
        }
        JsonNode secrets = Jsonl.JSON.readTree(credentials.toFile());
        return client.signedIn(secrets.path("clientId").asText(), secrets.path("clientSecret").asText());
    }

    static String sha256(Path file) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
