package com.leadtolease.agent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The packages of agent-service depend on each other in one direction only. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("com.leadtolease.agent");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("com.leadtolease.agent.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
