package com.leadtolease.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleMapperTest {

    private final RoleMapper mapper = new RoleMapper();

    @ParameterizedTest
    @ValueSource(strings = {"prospect", "Renter", "RESIDENT", "tenant", "applicant", "customer", "lead", "user",
        " Lead "})
    void mapsLeadSynonyms(String label) {
        assertThat(mapper.map(label)).contains(Role.LEAD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"leasing agent", "Leasing Consultant", "property manager", "manager", "assistant", "bot",
        "AGENT", "staff", "leasing_agent", "Leasing-Agent"})
    void mapsAgentSynonyms(String label) {
        assertThat(mapper.map(label)).contains(Role.AGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "system", "someone"})
    void unknownLabelsMapToNothing(String label) {
        assertThat(mapper.map(label)).isEmpty();
    }

    @Test
    void nullLabelMapsToNothing() {
        assertThat(mapper.map(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lead: Hi there|LEAD|Hi there",
        "Agent: Welcome!|AGENT|Welcome!",
        "Prospect - I need a 2BR|LEAD|I need a 2BR",
        "Leasing Agent: Sure, when?|AGENT|Sure, when?",
        "leasing agent (Maria): We have one left|AGENT|We have one left",
        "TENANT:the sink leaks|LEAD|the sink leaks",
        "  Property Manager :  Rent is due|AGENT|Rent is due",
    })
    void infersRoleFromPrefixAndStripsIt(String text, Role role, String rest) {
        assertThat(mapper.inferFromPrefix(text)).contains(new RoleAndText(role, rest));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sure - I can do Saturday", "Re: the lease", "Note: bring ID", "Hi there", "Lead-based paint?",
        "Agent-Smith said hi"})
    void ignoresTextWithoutARolePrefix(String text) {
        assertThat(mapper.inferFromPrefix(text)).isEmpty();
    }

    @Test
    void nullTextHasNoPrefix() {
        assertThat(mapper.inferFromPrefix(null)).isEqualTo(Optional.empty());
    }

    @Test
    void wireNamesAreLowerCase() {
        assertThat(Role.AGENT.wireName()).isEqualTo("agent");
        assertThat(Role.LEAD.wireName()).isEqualTo("lead");
    }
}
