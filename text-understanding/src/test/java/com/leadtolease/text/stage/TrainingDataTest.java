package com.leadtolease.text.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.leadtolease.text.normalize.Role;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrainingDataTest {

    @Test
    void theBundledSetHasAtLeast400LinesWithEveryStageWellRepresentedByBothRoles() {
        List<LabelledExample> examples = TrainingData.bundled();

        assertThat(examples).hasSizeGreaterThanOrEqualTo(400);
        Map<Stage, Map<Role, Long>> counts = examples.stream().collect(Collectors.groupingBy(LabelledExample::stage,
                Collectors.groupingBy(LabelledExample::role, Collectors.counting())));
        assertThat(counts).containsOnlyKeys(Stage.values());
        counts.forEach((stage, byRole) -> {
            assertThat(byRole.values().stream().mapToLong(Long::longValue).sum()).as(stage.wireName())
                    .isGreaterThanOrEqualTo(50);
            assertThat(byRole).as(stage.wireName()).containsOnlyKeys(Role.AGENT, Role.LEAD);
            assertThat(byRole.values()).as(stage.wireName()).allSatisfy(count -> assertThat(count).isGreaterThan(15));
        });
        assertThat(examples).extracting(LabelledExample::text).doesNotHaveDuplicates();
    }

    @Test
    void parsesTheTsvFormatSkippingCommentsAndBlankLines() throws IOException {
        List<LabelledExample> examples = TrainingData.parse(new StringReader(
                "# comment\n\ntouring\tlead\tCan I see it Saturday?\nrenewal\tAGENT\tTime to renew\n"));

        assertThat(examples).containsExactly(
                new LabelledExample(Stage.TOURING, Role.LEAD, "Can I see it Saturday?"),
                new LabelledExample(Stage.RENEWAL, Role.AGENT, "Time to renew"));
    }

    @Test
    void reportsTheLineOfABadRow() {
        assertThatThrownBy(() -> TrainingData.parse(new StringReader("touring\tlead\tok\nclosing\tlead\tdone\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line 2: Unknown stage: closing");
        assertThatThrownBy(() -> TrainingData.parse(new StringReader("touring lead ok\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line 1: expected stage<TAB>role<TAB>text");
    }
}
