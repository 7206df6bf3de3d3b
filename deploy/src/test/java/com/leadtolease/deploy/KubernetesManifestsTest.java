package com.leadtolease.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/k8s: parses into known kinds, is complete, and its pieces point at each other. */
class KubernetesManifestsTest {
    private static final String NAMESPACE = "lead-to-lease";
    /** Kept in their pod (not autoscaled, one replica, replaced not rolled); see the comment in each manifest. */
    private static final Map<String, String> SINGLE_REPLICA = Map.of(
            "ingestion-service", "uploads wait for their import job on a ReadWriteOnce volume",
            "embedding-service", "a starting replica fails every running re-embedding run");
    /** Custom resources the manifests may use (apiVersion/kind): Strimzi's Topic Operator makes the topics. */
    private static final Set<String> CUSTOM_KINDS = Set.of("kafka.strimzi.io/v1beta2/KafkaTopic");
    private static final String GATEWAY = "chat-gateway";
    private static final List<String> PUBLIC_PATHS = List.of("/", "/api", "/console", "/ws");

    private final K8s k8s = K8s.load();

    @Test
    void everyManifestIsAKnownKindWithoutUnknownFields() {
        List<String> problems = new ArrayList<>();
        for (K8s.Manifest manifest : k8s.all()) {
            HasMetadata resource = manifest.resource();
            if (!K8s.knownKind(resource)) {
                if (!CUSTOM_KINDS.contains(resource.getApiVersion() + "/" + resource.getKind())) {
                    problems.add(manifest.where() + ": unknown apiVersion/kind " + resource.getApiVersion() + "/"
                            + resource.getKind());
                }
                continue;
            }
            UnknownFields.in(resource, "").forEach(field -> problems.add(manifest.where() + ": unknown field " + field));
            String namespace = resource.getMetadata().getNamespace();
            if (!resource.getKind().equals("Namespace") && !NAMESPACE.equals(namespace)) {
                problems.add(manifest.where() + ": namespace " + namespace + ", not " + NAMESPACE);
            }
        }
        assertThat(problems).isEmpty();
        assertThat(k8s.all()).as("manifests read").hasSizeGreaterThan(20);
    }

    @Test
    void kustomizationListsEveryManifestButTheSecretTemplate() {
        Set<String> listed = new TreeSet<>();
        Yaml.document(Repo.file(K8s.DIR + "/kustomization.yaml")).path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> files = new TreeSet<>();
        K8s.files().stream().map(Path::getFileName).map(Path::toString)
                .filter(f -> !f.equals("kustomization.yaml") && !f.equals(K8s.SECRET_TEMPLATE)).forEach(files::add);
        assertThat(listed).as(K8s.DIR + "/kustomization.yaml resources").isEqualTo(files);
    }

    @Test
    void everyServiceHasADeploymentWithProbesResourcesAndALockedDownPod() {
        List<String> problems = new ArrayList<>();
        for (String name : Repo.SERVICES) {
            Deployment deployment = k8s.deployment(name).orElse(null);
            if (deployment == null) {
                problems.add(name + ": no Deployment in " + K8s.DIR);
                continue;
            }
            String where = Repo.relative(k8s.fileOf(deployment)) + " (Deployment " + name + ")";
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            if (pod.getContainers().size() != 1 || !name.equals(pod.getContainers().get(0).getName())) {
                problems.add(where + ": one container named " + name + " expected");
                continue;
            }
            Container container = pod.getContainers().get(0);
            int port = ServiceConfig.of(name).port();
            if (container.getPorts().stream().noneMatch(p -> p.getContainerPort() == port)) {
                problems.add(where + ": no containerPort " + port + " (the service's quarkus.http.port default)");
            }
            probe(where, "startupProbe", container.getStartupProbe(), "/q/health/started", container, problems);
            probe(where, "readinessProbe", container.getReadinessProbe(), "/q/health/ready", container, problems);
            probe(where, "livenessProbe", container.getLivenessProbe(), "/q/health/live", container, problems);
            var resources = container.getResources();
            if (resources == null || resources.getRequests() == null || !resources.getRequests().keySet().containsAll(
                    Set.of("cpu", "memory")) || resources.getLimits() == null
                    || !resources.getLimits().keySet().containsAll(Set.of("cpu", "memory"))) {
                problems.add(where + ": resources need cpu and memory requests and limits");
            }
            PodSecurityContext podSecurity = pod.getSecurityContext();
            if (podSecurity == null || !Boolean.TRUE.equals(podSecurity.getRunAsNonRoot())
                    || podSecurity.getSeccompProfile() == null
                    || !"RuntimeDefault".equals(podSecurity.getSeccompProfile().getType())) {
                problems.add(where + ": pod securityContext needs runAsNonRoot and seccompProfile RuntimeDefault");
            }
            SecurityContext security = container.getSecurityContext();
            if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                    || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem()) || security.getCapabilities() == null
                    || !security.getCapabilities().getDrop().contains("ALL")) {
                problems.add(where + ": container securityContext needs allowPrivilegeEscalation false, "
                        + "readOnlyRootFilesystem true and capabilities drop ALL");
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(where + ": automountServiceAccountToken should be false (no service calls the API)");
            }
            if (container.getVolumeMounts().stream().noneMatch(m -> m.getMountPath().equals("/tmp"))) {
                problems.add(where + ": the read-only root needs a writable /tmp (emptyDir)");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void statelessServicesAutoscaleAndKeepOnePodThroughDisruptions() {
        List<String> problems = new ArrayList<>();
        for (String name : Repo.SERVICES) {
            Deployment deployment = k8s.deployment(name).orElse(null);
            if (deployment == null) {
                continue;
            }
            String where = Repo.relative(k8s.fileOf(deployment)) + " (" + name + ")";
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<HorizontalPodAutoscaler> hpas = k8s.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && name.equals(h.getSpec().getScaleTargetRef().getName())).toList();
            List<PodDisruptionBudget> pdbs = k8s.all(PodDisruptionBudget.class).stream()
                    .filter(p -> matches(p.getSpec().getSelector().getMatchLabels(), labels)).toList();
            if (SINGLE_REPLICA.containsKey(name)) {
                if (!hpas.isEmpty() || !Objects.equals(deployment.getSpec().getReplicas(), 1)
                        || !"Recreate".equals(deployment.getSpec().getStrategy().getType())) {
                    problems.add(where + ": one replica, strategy Recreate and no HPA (" + SINGLE_REPLICA.get(name) + ")");
                }
                continue;
            }
            if (hpas.size() != 1) {
                problems.add(where + ": stateless, so one HorizontalPodAutoscaler expected, found " + hpas.size());
            } else if (hpas.get(0).getSpec().getMinReplicas() == null || hpas.get(0).getSpec().getMinReplicas() < 2) {
                problems.add(where + ": its HPA should keep at least 2 replicas");
            }
            if (deployment.getSpec().getReplicas() != null) {
                problems.add(where + ": replicas is set, so every apply resets what the HPA scaled to");
            }
            if (pdbs.size() != 1) {
                problems.add(where + ": one PodDisruptionBudget selecting its pods expected, found " + pdbs.size());
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void servicesSelectTheirDeploymentsPodsAndPorts() {
        List<String> problems = new ArrayList<>();
        for (Service service : k8s.all(Service.class)) {
            String where = Repo.relative(k8s.fileOf(service)) + " (Service " + service.getMetadata().getName() + ")";
            List<Deployment> selected = k8s.all(Deployment.class).stream().filter(d -> matches(
                    service.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels())).toList();
            if (selected.size() != 1) {
                problems.add(where + ": its selector should match one Deployment's pods, matches " + selected.size());
                continue;
            }
            Container container = selected.get(0).getSpec().getTemplate().getSpec().getContainers().get(0);
            for (ServicePort port : service.getSpec().getPorts()) {
                if (!hasPort(container, port.getTargetPort())) {
                    problems.add(where + ": targetPort " + port.getTargetPort() + " is no port of " + container.getName());
                }
            }
            if (!service.getMetadata().getName().equals(selected.get(0).getMetadata().getName())) {
                problems.add(where + ": named unlike its Deployment; the services' *_SERVICE_URLs use Deployment names");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(k8s.all(Service.class)).as("a Service per service").hasSize(Repo.SERVICES.size());
    }

    @Test
    void ingressSendsThePublicPathsToTheGatewayOverTls() {
        List<Ingress> ingresses = k8s.all(Ingress.class);
        assertThat(ingresses).as("Ingresses").hasSize(1);
        Ingress ingress = ingresses.get(0);
        Service gateway = k8s.named(Service.class, GATEWAY).orElseThrow();
        List<String> paths = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ingress.getSpec().getRules().forEach(rule -> rule.getHttp().getPaths().forEach(path -> {
            paths.add(path.getPath());
            IngressServiceBackend backend = path.getBackend().getService();
            if (backend == null || !GATEWAY.equals(backend.getName()) || gateway.getSpec().getPorts().stream()
                    .noneMatch(p -> p.getName().equals(backend.getPort().getName())
                            || Objects.equals(p.getPort(), backend.getPort().getNumber()))) {
                problems.add(describe(path) + " does not go to a port of Service " + GATEWAY + ": only the gateway is public");
            }
            if (!"Prefix".equals(path.getPathType())) {
                problems.add(describe(path) + ": pathType Prefix expected");
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(paths).containsAll(PUBLIC_PATHS);
        assertThat(ingress.getSpec().getTls()).as("TLS").isNotEmpty();
        assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactlyInAnyOrderElementsOf(
                ingress.getSpec().getRules().stream().map(r -> r.getHost()).toList());
    }

    @Test
    void everyTopicTheCodeNamesHasAKafkaTopicAndItsDeadLetterTopic() {
        Set<String> expected = TopicNames.withDeadLetters();
        Set<String> defined = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (GenericKubernetesResource topic : k8s.custom("KafkaTopic")) {
            Map<String, Object> spec = topic.get("spec");
            String name = String.valueOf(spec.getOrDefault("topicName", topic.getMetadata().getName()));
            defined.add(name);
            Object partitions = spec.get("partitions");
            Map<?, ?> config = (Map<?, ?>) spec.get("config");
            if (!(partitions instanceof Integer p) || p < 1 || !(spec.get("replicas") instanceof Integer)
                    || config == null || !config.containsKey("retention.ms")) {
                problems.add("KafkaTopic " + name + ": needs partitions, replicas and config retention.ms");
            }
            if (topic.getMetadata().getLabels() == null || !topic.getMetadata().getLabels().containsKey("strimzi.io/cluster")) {
                problems.add("KafkaTopic " + name + ": needs the strimzi.io/cluster label");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(defined).as("KafkaTopics in " + K8s.DIR + "/kafka-topics.yaml").isEqualTo(expected);
    }

    private static void probe(String where, String kind, Probe probe, String path, Container container,
                              List<String> problems) {
        if (probe == null || probe.getHttpGet() == null || !path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + ": " + kind + " should GET " + path);
            return;
        }
        if (!hasPort(container, probe.getHttpGet().getPort())) {
            problems.add(where + ": " + kind + " port " + probe.getHttpGet().getPort() + " is not a container port");
        }
    }

    /** A port given by number or by name. */
    private static boolean hasPort(Container container, IntOrString port) {
        return container.getPorts().stream().anyMatch(p -> port.getIntVal() != null
                ? port.getIntVal().equals(p.getContainerPort()) : port.getStrVal().equals(p.getName()));
    }

    private static boolean matches(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }

    private static String describe(HTTPIngressPath path) {
        return "Ingress path " + path.getPath();
    }
}
