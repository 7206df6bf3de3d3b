package com.leadtolease.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docker-compose.yml: parses (no duplicate keys), builds every service, waits on health, creates every topic. */
class ComposeFileTest {
    private static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy",
            "service_completed_successfully");
    private static final Pattern CREATE = Pattern.compile("create ([a-z.]+) (\\d+)");
    private static final String GATEWAY = "chat-gateway";

    private final Compose compose = Compose.load();

    @Test
    void everyServiceIsBuiltFromItsDockerfile() {
        List<String> problems = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            JsonNode build = compose.service(service).path("build");
            String dockerfile = build.path("dockerfile").asText("");
            if (!dockerfile.equals(service + "/Dockerfile") || !".".equals(build.path("context").asText())) {
                problems.add(compose.where(service) + ": build { context: ., dockerfile: " + service + "/Dockerfile }");
            } else if (!Files.exists(Repo.file(dockerfile))) {
                problems.add(compose.where(service) + ": " + dockerfile + " does not exist");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void dependenciesExistAndAreWaitedOnTheWayTheyCanBe() {
        List<String> problems = new ArrayList<>();
        compose.services().fields().forEachRemaining(entry -> entry.getValue().path("depends_on").fields()
                .forEachRemaining(dependency -> {
                    String name = dependency.getKey();
                    String condition = dependency.getValue().path("condition").asText();
                    JsonNode target = compose.service(name);
                    String where = compose.where(entry.getKey()) + " depends_on " + name;
                    if (target.isMissingNode()) {
                        problems.add(where + ": no such service");
                    } else if (!CONDITIONS.contains(condition)) {
                        problems.add(where + ": condition " + condition + " is not one compose knows");
                    } else if (condition.equals("service_healthy") && target.path("healthcheck").isMissingNode()) {
                        problems.add(where + ": service_healthy, but " + name + " has no healthcheck");
                    }
                }));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyServiceReportsHealthFromQuarkusReadinessOnItsPort() {
        List<String> problems = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            String test = compose.service(service).path("healthcheck").path("test").toString();
            int port = ServiceConfig.of(service).port();
            if (!test.contains("/q/health/ready") || !test.contains("/" + port + " ")) {
                problems.add(compose.where(service) + ": healthcheck should GET /q/health/ready on port " + port
                        + ", is " + test);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(compose.service(GATEWAY).path("ports").toString()).as("the gateway is published")
                .contains(ServiceConfig.of(GATEWAY).port() + ":" + ServiceConfig.of(GATEWAY).port());
    }

    @Test
    void topicInitCreatesEveryTopicTheCodeNamesBeforeAnyServiceStarts() {
        Set<String> expected = TopicNames.withDeadLetters();
        Set<String> created = new TreeSet<>();
        Matcher m = CREATE.matcher(compose.service("kafka-topics").path("command").toString());
        while (m.find()) {
            created.add(m.group(1));
        }
        assertThat(created).as("topics kafka-topics creates").isEqualTo(expected);
        assertThat(compose.service("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText())
                .as("no auto-created topics: a misspelt one fails").isEqualTo("false");
        for (String service : Repo.SERVICES) {
            assertThat(compose.service(service).path("depends_on").path("kafka-topics").path("condition").asText())
                    .as(compose.where(service) + " waits for the topics").isEqualTo("service_completed_successfully");
        }
    }
}
