package com.leadtolease.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Config coverage: every environment key a service reads (${KEY} / ${KEY:default} in its application.properties) is
 * set by docker-compose.yml and by the Kubernetes manifests, unless deploy/env-defaults.txt lists it with why its
 * default is right in production; secrets come from the Secret / deploy/.env and reach only the services that read
 * them; nothing is set that no service reads.
 */
class DeployConfigTest {
    /** Keys holding a secret by name; MONGODB_URI also carries credentials in production. */
    private static final Pattern SECRET = Pattern.compile(".*(SECRET|PASSWORD|API_KEY|VAULT_KEY|USERNAME)");
    private static final String CREDENTIALS_IN_URI = "MONGODB_URI";
    private static final String HOW_TO_FIX = "set it there, or list it under a \"## why\" heading in "
            + EnvDefaults.FILE + " if its default is right in production";

    private final List<ServiceConfig> services = Repo.SERVICES.stream().map(ServiceConfig::of).toList();
    private final EnvDefaults defaults = EnvDefaults.load();
    private final K8s k8s = K8s.load();
    private final Compose compose = Compose.load();

    @Test
    void kubernetesSetsEveryKeyEachServiceReads() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            Deployment deployment = k8s.deployment(service.service()).orElse(null);
            if (deployment == null) {
                problems.add(service.service() + " has no Deployment in " + K8s.DIR);
                continue;
            }
            KubernetesEnv env = KubernetesEnv.of(k8s, deployment);
            problems.addAll(env.problems());
            String where = Repo.relative(k8s.fileOf(deployment)) + " (its env, secretKeyRefs and envFrom ConfigMap "
                    + K8s.DIR + "/config.yaml)";
            problems.addAll(missing(service, env.keys().keySet(), where));
        }
        assertThat(problems).as("keys the services read that Kubernetes does not set").isEmpty();
    }

    @Test
    void composeSetsEveryKeyEachServiceReads() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            if (compose.service(service.service()).isMissingNode()) {
                problems.add(service.service() + " is not a service in " + Compose.FILE);
                continue;
            }
            problems.addAll(missing(service, compose.environment(service.service()).keySet(),
                    compose.where(service.service()) + " environment"));
        }
        assertThat(problems).as("keys the services read that docker-compose.yml does not set").isEmpty();
    }

    @Test
    void kubernetesSecretsComeFromTheSecretAndReachOnlyTheServicesThatReadThem() {
        List<String> problems = new ArrayList<>();
        for (ConfigMap map : k8s.all(ConfigMap.class)) {
            KubernetesEnv.keysOf(map).stream().filter(key -> secret(key) || key.equals(CREDENTIALS_IN_URI))
                    .forEach(key -> problems.add(Repo.relative(k8s.fileOf(map)) + ": " + key
                            + " is a secret: move it to " + K8s.SECRET_TEMPLATE + " and a secretKeyRef"));
        }
        for (ServiceConfig service : services) {
            k8s.deployment(service.service()).map(d -> KubernetesEnv.of(k8s, d)).ifPresent(env ->
                    env.keys().forEach((key, source) -> {
                        boolean secretKey = secret(key) || key.equals(CREDENTIALS_IN_URI);
                        if (!secretKey || source.kind() == KubernetesEnv.Kind.CONFIG_MAP) {
                            return; // a secret in the ConfigMap is reported once, above
                        }
                        if (source.kind() != KubernetesEnv.Kind.SECRET) {
                            problems.add(source.where() + ": " + key + " of " + service.service()
                                    + " is a secret: take it from Secret lead-to-lease-secrets (secretKeyRef)");
                        }
                        if (!service.reads(key)) {
                            problems.add(source.where() + ": " + service.service() + " gets secret " + key
                                    + " but never reads it (" + service.fileName() + "): remove it");
                        }
                    }));
        }
        assertThat(problems).as("secrets out of place in Kubernetes").isEmpty();
    }

    @Test
    void composeSecretsComeFromTheEnvFileAndReachOnlyTheServicesThatReadThem() {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig service : services) {
            compose.environment(service.service()).forEach((key, value) -> {
                if (!secret(key)) {
                    return;
                }
                if (!value.isEmpty() && !Compose.interpolated(value)) {
                    problems.add(compose.where(service.service()) + ": " + key
                            + " is written into the file: take it from deploy/.env (${" + key + ":?...})");
                }
                if (!service.reads(key)) {
                    problems.add(compose.where(service.service()) + ": gets secret " + key
                            + " but never reads it (" + service.fileName() + "): remove it");
                }
            });
        }
        assertThat(problems).as("secrets out of place in docker-compose.yml").isEmpty();
    }

    @Test
    void everyKeySetIsReadBySomeService() {
        List<String> problems = new ArrayList<>();
        for (ConfigMap map : k8s.all(ConfigMap.class)) {
            for (String key : KubernetesEnv.keysOf(map)) {
                if (services.stream().noneMatch(s -> s.reads(key))) {
                    problems.add(Repo.relative(k8s.fileOf(map)) + ": no service reads " + key + " (a typo, or left over)");
                }
            }
        }
        for (ServiceConfig service : services) {
            k8s.deployment(service.service()).map(d -> KubernetesEnv.of(k8s, d)).ifPresent(env ->
                    env.keys().forEach((key, source) -> {
                        // Secrets it does not read are the secrets test's finding.
                        if (source.kind() == KubernetesEnv.Kind.LITERAL && !service.reads(key)) {
                            problems.add(source.where() + ": " + service.service() + " never reads " + key);
                        }
                    }));
            compose.environment(service.service()).keySet().stream()
                    .filter(key -> services.stream().noneMatch(s -> s.reads(key)))
                    .forEach(key -> problems.add(compose.where(service.service()) + ": no service reads " + key));
        }
        assertThat(problems).as("keys set that nothing reads").isEmpty();
    }

    @Test
    void defaultsListNamesOnlyKeysReadWithAProductionDefault() {
        List<String> problems = new ArrayList<>();
        defaults.reasonByKey().keySet().forEach(key -> {
            List<EnvRead> reads = services.stream().flatMap(s -> s.read(key).stream()).toList();
            if (reads.isEmpty()) {
                problems.add(EnvDefaults.FILE + ": no service reads " + key + ": remove it");
            } else if (reads.stream().anyMatch(r -> !r.hasDefault())) {
                problems.add(EnvDefaults.FILE + ": " + key + " has no default in some service: it must be set");
            } else if (reads.stream().anyMatch(EnvRead::defaultsToLocalhost)) {
                problems.add(EnvDefaults.FILE + ": " + key + " defaults to a local address: it must be set");
            } else if (secret(key)) {
                problems.add(EnvDefaults.FILE + ": " + key + " is a secret: it must be set");
            }
        });
        assertThat(problems).as("entries of " + EnvDefaults.FILE).isEmpty();
    }

    @Test
    void envExampleDefinesExactlyTheVariablesComposeTakes() {
        Set<String> example = new TreeSet<>();
        for (String line : Repo.read(Repo.file("deploy/env.example")).split("\n")) {
            if (line.matches("[A-Z][A-Z0-9_]*=.*")) {
                example.add(line.substring(0, line.indexOf('=')));
            }
        }
        Set<String> undefined = new TreeSet<>(compose.variables());
        undefined.removeAll(example);
        Set<String> unused = new TreeSet<>(example);
        unused.removeAll(compose.variables());
        assertThat(undefined).as("variables " + Compose.FILE + " takes that deploy/env.example does not define")
                .isEmpty();
        assertThat(unused).as("variables deploy/env.example defines that " + Compose.FILE + " never takes").isEmpty();
    }

    private List<String> missing(ServiceConfig service, Set<String> set, String where) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, EnvRead> entry : service.reads().entrySet()) {
            String key = entry.getKey();
            EnvRead read = entry.getValue();
            if (set.contains(key) || (read.hasDefault() && defaults.allows(key))) {
                continue;
            }
            String how = read.hasDefault() ? "default \"" + read.defaultValue() + "\"" : "no default";
            problems.add(service.service() + " reads " + key + " (" + service.fileName() + ", " + how + ") but "
                    + where + " does not set it: " + HOW_TO_FIX);
        }
        return problems;
    }

    private static boolean secret(String key) {
        return SECRET.matcher(key).matches();
    }
}
