package com.leadtolease.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The container suites' profile: {@link ContainersResource} and the test keys instead of the module's in-JVM
 * broker and Mongo-wire server (its global test resources are switched off). A suite is a {@code *ContainersTest}
 * annotated {@code @Tag(ContainersProfile.TAG)}, {@code @Testcontainers(disabledWithoutDocker = true)},
 * {@code @QuarkusTest} and {@code @TestProfile} of this class (or a subclass adding the module's stubs); only
 * {@code ./mvnw verify -Pcontainers} runs them, and without a Docker engine they are reported as skipped.
 */
public class ContainersProfile implements QuarkusTestProfile {

    /** The JUnit tag the default run excludes and {@code -Pcontainers} selects. */
    public static final String TAG = "containers";

    private final List<Class<? extends QuarkusTestResourceLifecycleManager>> moduleResources;

    public ContainersProfile() {
        this(List.of());
    }

    /** For a module's subclass: the containers plus these of its own test resources (stubs, an SMTP server). */
    protected ContainersProfile(List<Class<? extends QuarkusTestResourceLifecycleManager>> moduleResources) {
        this.moduleResources = moduleResources;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(List.of(new TestResourceEntry(ContainersResource.class),
                new TestResourceEntry(AuthKeysResource.class)));
        moduleResources.forEach(resource -> resources.add(new TestResourceEntry(resource)));
        return resources;
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
