package com.leadtolease.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What a Deployment's container finds in its environment, and where each key comes from. */
record KubernetesEnv(String deployment, Map<String, Source> keys, List<String> problems) {

    enum Kind { CONFIG_MAP, SECRET, LITERAL }

    record Source(Kind kind, String where) {
    }

    static KubernetesEnv of(K8s k8s, Deployment deployment) {
        String name = deployment.getMetadata().getName();
        String file = Repo.relative(k8s.fileOf(deployment));
        Map<String, Source> keys = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                String map = from.getConfigMapRef().getName();
                Optional<ConfigMap> found = k8s.configMap(map);
                found.ifPresentOrElse(
                        cm -> keysOf(cm).forEach(key -> keys.put(key, new Source(Kind.CONFIG_MAP,
                                Repo.relative(k8s.fileOf(cm)) + " (ConfigMap " + map + ")"))),
                        () -> problems.add(file + ": " + name + " takes envFrom ConfigMap " + map + ", which no manifest defines"));
            }
            if (from.getSecretRef() != null) {
                String secret = from.getSecretRef().getName();
                k8s.secret(secret).ifPresentOrElse(
                        s -> keysOf(s).forEach(key -> keys.put(key, new Source(Kind.SECRET, "envFrom Secret " + secret))),
                        () -> problems.add(file + ": " + name + " takes envFrom Secret " + secret + ", which has no template"));
            }
        }
        for (EnvVar env : container.getEnv()) {
            if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                String secret = env.getValueFrom().getSecretKeyRef().getName();
                String key = env.getValueFrom().getSecretKeyRef().getKey();
                if (k8s.secret(secret).map(s -> !keysOf(s).contains(key)).orElse(true)) {
                    problems.add(file + ": " + name + " reads key " + key + " of Secret " + secret + ", which "
                            + K8s.DIR + "/" + K8s.SECRET_TEMPLATE + " does not define");
                }
                keys.put(env.getName(), new Source(Kind.SECRET, file + " (secretKeyRef " + secret + "/" + key + ")"));
            } else if (env.getValueFrom() != null && env.getValueFrom().getConfigMapKeyRef() != null) {
                keys.put(env.getName(), new Source(Kind.CONFIG_MAP, file + " (configMapKeyRef)"));
            } else {
                keys.put(env.getName(), new Source(Kind.LITERAL, file + " (env)"));
            }
        }
        return new KubernetesEnv(name, keys, problems);
    }

    static Set<String> keysOf(ConfigMap map) {
        return map.getData() == null ? Set.of() : new TreeSet<>(map.getData().keySet());
    }

    static Set<String> keysOf(Secret secret) {
        Set<String> keys = new TreeSet<>();
        if (secret.getStringData() != null) {
            keys.addAll(secret.getStringData().keySet());
        }
        if (secret.getData() != null) {
            keys.addAll(secret.getData().keySet());
        }
        return keys;
    }
}
