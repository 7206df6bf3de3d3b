package com.leadtolease.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** deploy/k8s read into fabric8's typed Kubernetes model (custom resources stay generic). */
final class K8s {
    static final String DIR = "deploy/k8s";
    /** A template, not applied by kustomize: the real Secret is created with kubectl (see the file). */
    static final String SECRET_TEMPLATE = "secret.example.yaml";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** One resource and the file it is in. */
    record Manifest(Path file, HasMetadata resource) {
        String where() {
            return Repo.relative(file) + " (" + resource.getKind() + " " + resource.getMetadata().getName() + ")";
        }
    }

    private final List<Manifest> manifests;

    private K8s(List<Manifest> manifests) {
        this.manifests = manifests;
    }

    static K8s load() {
        List<Manifest> manifests = new ArrayList<>();
        for (Path file : files()) {
            if (file.getFileName().toString().equals("kustomization.yaml")) {
                continue;
            }
            for (JsonNode document : Yaml.documents(file)) {
                manifests.add(new Manifest(file, parse(file, document)));
            }
        }
        return new K8s(manifests);
    }

    static List<Path> files() {
        try (Stream<Path> files = Files.list(Repo.file(DIR))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HasMetadata parse(Path file, JsonNode document) {
        KubernetesResource resource = SERIALIZATION.convertValue(document, KubernetesResource.class);
        if (!(resource instanceof HasMetadata typed) || typed.getMetadata() == null) {
            throw new IllegalStateException(Repo.relative(file) + ": a document without kind or metadata: " + document);
        }
        return typed;
    }

    /** Whether fabric8 knows this apiVersion + kind (a typo or an unserved version stays generic). */
    static boolean knownKind(HasMetadata resource) {
        return !(resource instanceof GenericKubernetesResource);
    }

    List<Manifest> all() {
        return manifests;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return manifests.stream().map(Manifest::resource).filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    Optional<Deployment> deployment(String name) {
        return named(Deployment.class, name);
    }

    Optional<ConfigMap> configMap(String name) {
        return named(ConfigMap.class, name);
    }

    /** The Secret of that name: only its template is in the folder. */
    Optional<Secret> secret(String name) {
        return named(Secret.class, name);
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    Path fileOf(HasMetadata resource) {
        return manifests.stream().filter(m -> m.resource() == resource).map(Manifest::file).findFirst().orElseThrow();
    }
}
