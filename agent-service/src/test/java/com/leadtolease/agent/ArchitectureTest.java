package com.leadtolease.agent;

import com.leadtolease.agent.domain.ConversationSession;
import com.leadtolease.agent.domain.LeadFacts;
import com.leadtolease.testing.ArchitectureRules;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The packages of agent-service depend on each other in one direction only, and a conversation's state has one home. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("com.leadtolease.agent");

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.assertNoPackageCycles("com.leadtolease.agent");
    }

    /** Only its named steps change a session; the repository only counts its versions. */
    @Test
    void onlyTheSessionChangesItsState() {
        DescribedPredicate<JavaFieldAccess> sessionState = DescribedPredicate.describe(
                "a field of ConversationSession or LeadFacts",
                access -> access.getTargetOwner().isEquivalentTo(ConversationSession.class)
                        || access.getTargetOwner().isEquivalentTo(LeadFacts.class));
        noClasses().that().doNotBelongToAnyOf(ConversationSession.class, LeadFacts.class)
                .and().resideOutsideOfPackage("com.leadtolease.agent.repository..")
                .should().setFieldWhere(sessionState).check(MAIN);
    }
}
