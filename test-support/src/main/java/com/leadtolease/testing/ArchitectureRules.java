package com.leadtolease.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** Rules every module's {@code ArchitectureTest} checks on its production classes. */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /**
     * Fails, naming the dependencies on each cycle, when packages right under {@code basePackage} (rest, service,
     * messaging, ... each with its subpackages, and the classes of {@code basePackage} itself) depend on each other,
     * directly or through others.
     */
    public static void assertNoPackageCycles(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        SlicesRuleDefinition.slices().assignedFrom(new TopLevelPackages(basePackage))
                .should().beFreeOfCycles()
                .check(classes);
    }

    private record TopLevelPackages(String basePackage) implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(basePackage)) {
                return SliceIdentifier.of(basePackage);
            }
            if (!name.startsWith(basePackage + ".")) {
                return SliceIdentifier.ignore();
            }
            String below = name.substring(basePackage.length() + 1);
            int dot = below.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? below : below.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "the packages right under " + basePackage;
        }
    }
}
