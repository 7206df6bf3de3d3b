package com.leadtolease.contracts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** The rule of test-support's ArchitectureRules, spelled out: test-support depends on this module. */
class ArchitectureTest {

    @Test
    void packagesHaveNoCycles() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.leadtolease.contracts");
        SlicesRuleDefinition.slices().matching("com.leadtolease.contracts.(*)..").should().beFreeOfCycles().check(classes);
    }
}
