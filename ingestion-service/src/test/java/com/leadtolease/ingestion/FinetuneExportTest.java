package com.leadtolease.ingestion;

import static com.leadtolease.ingestion.support.IngestApi.csv;
import static com.leadtolease.ingestion.support.IngestApi.ingestCsv;
import static com.leadtolease.ingestion.support.IngestApi.threads;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fine-tune export pairs lead turns with the agent's next reply, with stage and entities, without PII. */
@QuarkusTest
class FinetuneExportTest {

    @Test
    void pairsLeadTurnsWithTheNextAgentTurn() {
        ingestCsv(csv("role,text,timestamp",
                "agent,Welcome to Midtown Commons! (finetune test),2026-01-20 09:00",
                "lead,Hi! I need a 2 bedroom in Midtown under $2000.,2026-01-20 09:01",
                "lead,My email is jo.finetune@example.com,2026-01-20 09:02",
                "agent,Thanks! Here are three options in Midtown that fit.,2026-01-20 09:03",
                "lead,Can I schedule a tour on Friday?,2026-01-20 09:10",
                "agent,Your tour is confirmed for Friday at 2pm.,2026-01-20 09:11"), "finetune");
        String threadId = threads("finetune").getString("items[0].threadId");

        String body = given().header("Authorization", TestTokens.bearer(Scopes.TRAINING_READ))
                .when().get("/api/training/datasets/finetune.jsonl")
                .then().statusCode(200).contentType("application/x-ndjson").extract().asString();
        List<JsonPath> pairs = Arrays.stream(body.split("\n")).map(JsonPath::new)
                .filter(pair -> threadId.equals(pair.getString("thread_id"))).toList();

        assertThat(pairs).hasSize(2);
        JsonPath first = pairs.get(0);
        assertThat(first.getString("prompt"))
                .startsWith("Stage: sending_list\n")
                .contains("budget=2000", "bedrooms=2", "areas=[Midtown]")
                .contains("Agent: Welcome to Midtown Commons!")
                .contains("Lead: Hi! I need a 2 bedroom in Midtown under $2000.\nLead: My email is [EMAIL]")
                .endsWith("\nAgent:")
                .doesNotContain("jo.finetune@example.com");
        assertThat(first.getString("completion")).isEqualTo(" Thanks! Here are three options in Midtown that fit.");
        assertThat(first.getString("stage")).isEqualTo("sending_list");
        assertThat(first.getInt("entities.budget")).isEqualTo(2000);
        assertThat(first.getInt("turn_index")).isEqualTo(3);
        JsonPath second = pairs.get(1);
        assertThat(second.getString("stage")).isEqualTo("touring");
        assertThat(second.getString("prompt")).contains("Lead: Can I schedule a tour on Friday?");
        assertThat(second.getString("completion")).isEqualTo(" Your tour is confirmed for Friday at 2pm.");
        assertThat(body).doesNotContain("jo.finetune@example.com");
    }
}
