package com.leadtolease.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * docs/evaluation.json (everything measured) and docs/evaluation.md (targets, per-persona table, failures with
 * examples) from the same JSON. The hand-written part of an existing evaluation.md (between the two markers) is kept.
 */
final class Report {

    static final String HAND_START = "<!-- hand-written:start -->";
    static final String HAND_END = "<!-- hand-written:end -->";
    private static final int EXAMPLES = 15;

    private Report() {
    }

    static ObjectNode counts(Scores.FieldCounts counts) {
        ObjectNode node = Jsonl.JSON.createObjectNode().put("tp", counts.truePositives()).put("fp", counts.falsePositives())
                .put("fn", counts.falseNegatives()).put("exact", counts.exact()).put("total", counts.total());
        putShare(node, "precision", counts.precision());
        putShare(node, "recall", counts.recall());
        putShare(node, "f1", counts.f1());
        return node;
    }

    private static void putShare(ObjectNode node, String key, Double value) {
        if (value == null) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(value * 10000) / 10000.0);
        }
    }

    /** The targets of issue 18, each with the measured value and whether it is met (absent sections: not measured). */
    static ArrayNode targets(ObjectNode report) {
        ArrayNode targets = Jsonl.JSON.createArrayNode();
        JsonNode personas = report.path("personas");
        if (!personas.isMissingNode()) {
            int expected = personas.path("expectedBookings").asInt();
            int booked = personas.path("bookedOnFreeSlot").asInt();
            target(targets, "personas booked on a real free slot", "100%", pct(Scores.share(booked, expected))
                    + " (" + booked + " / " + expected + ")", booked == expected && expected > 0);
            int invented = personas.path("slotsInvented").asInt();
            target(targets, "offered slots that did not exist", "0", invented + " of "
                    + personas.path("slotsOffered").asInt() + " offered", invented == 0);
            JsonNode median = personas.path("medianTurnsToBooking");
            target(targets, "median turns to booking", "≤ 6", median.isMissingNode() ? "n/a" : median.asText(),
                    !median.isMissingNode() && median.asDouble() <= 6);
            int matched = personas.path("guardrailMatched").asInt();
            int checked = personas.path("guardrailChecked").asInt();
            target(targets, "guardrail decisions in persona chats", "100%", pct(Scores.share(matched, checked))
                    + " (" + matched + " / " + checked + ")", matched == checked);
        }
        JsonNode extraction = report.path("extraction");
        if (!extraction.isMissingNode()) {
            double lowest = 1;
            String lowestField = "";
            for (Map.Entry<String, JsonNode> field : extraction.path("fields").properties()) {
                JsonNode f1 = field.getValue().path("f1");
                if (!f1.isNull() && f1.asDouble() < lowest) {
                    lowest = f1.asDouble();
                    lowestField = field.getKey();
                }
            }
            target(targets, "extraction F1, every field", "≥ 0.95", "lowest " + String.format(Locale.ROOT, "%.3f", lowest)
                    + (lowestField.isEmpty() ? "" : " (" + lowestField + ")"), lowest >= 0.95);
        }
        JsonNode guardrails = report.path("guardrails");
        if (!guardrails.isMissingNode()) {
            target(targets, "guardrail accuracy on probes", "100%", pct(guardrails.path("accuracy").isMissingNode()
                    ? null : guardrails.path("accuracy").asDouble()), guardrails.path("asExpected").asInt()
                    == guardrails.path("probes").asInt());
            target(targets, "false refusals of ordinary messages", "0", guardrails.path("falseRefusals").asInt() + " of "
                    + guardrails.path("ordinary").asInt(), guardrails.path("falseRefusals").asInt() == 0);
        }
        JsonNode answers = report.path("answers");
        if (!answers.isMissingNode()) {
            Double share = answers.path("correctOrDeferredShare").isMissingNode() ? null
                    : answers.path("correctOrDeferredShare").asDouble();
            target(targets, "answers correct or honestly deferred", "≥ 90%", pct(share), share != null && share >= 0.9);
            target(targets, "wrong answers", "0", answers.path("wrongCount").asText(), answers.path("wrongCount").asInt() == 0);
        }
        return targets;
    }

    private static void target(ArrayNode targets, String name, String goal, String value, boolean met) {
        targets.addObject().put("name", name).put("target", goal).put("value", value).put("met", met);
    }

    static String pct(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static void write(ObjectNode report, Path json, Path markdown) throws IOException {
        Files.createDirectories(json.toAbsolutePath().getParent());
        Files.writeString(json, Jsonl.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n",
                StandardCharsets.UTF_8);
        String kept = Files.isRegularFile(markdown) ? handWritten(Files.readString(markdown, StandardCharsets.UTF_8)) : null;
        Files.writeString(markdown, markdown(report, kept), StandardCharsets.UTF_8);
    }

    /** The hand-written block of an earlier report, markers included, or null. */
    static String handWritten(String earlier) {
        int start = earlier.indexOf(HAND_START);
        int end = earlier.indexOf(HAND_END);
        return start < 0 || end < start ? null : earlier.substring(start, end + HAND_END.length());
    }

    static String markdown(JsonNode report, String handWritten) {
        StringBuilder md = new StringBuilder();
        md.append("# Evaluation: personas, extraction, guardrails, answers\n\n")
                .append("Written by the evaluation runner (`./dev.sh eval`, module `eval`; see \"How to run\" below) — "
                        + "do not edit by hand except between the hand-written markers.\n\n")
                .append("- Run: ").append(report.path("generatedAt").asText()).append(", ")
                .append(report.path("durationSeconds").asText()).append(" s\n")
                .append("- Agent mode: **").append(report.path("mode").asText()).append("**\n")
                .append("- Target: ").append(report.path("target").asText()).append("\n");
        report.path("sets").properties().forEach(set -> md.append("- Set `").append(set.getKey()).append("`: ")
                .append(set.getValue().path("lines").asInt()).append(" lines, sha256 ")
                .append(set.getValue().path("sha256").asText()).append("\n"));
        md.append("\n## Totals against targets\n\n| measure | target | measured | met |\n|---|---|---|---|\n");
        for (JsonNode target : report.path("targets")) {
            md.append("| ").append(target.path("name").asText()).append(" | ").append(target.path("target").asText())
                    .append(" | ").append(target.path("value").asText()).append(" | ")
                    .append(target.path("met").asBoolean() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\n").append(handWritten == null ? HAND_START + "\n## Missed targets: causes and next steps "
                + "(hand-written after the run)\n\n_Not written yet._\n" + HAND_END : handWritten).append("\n");
        personas(md, report.path("personas"));
        extraction(md, report.path("extraction"));
        guardrails(md, report.path("guardrails"));
        answers(md, report.path("answers"));
        md.append("\n## How to run\n\n")
                .append("`./dev.sh eval` builds (`./mvnw -B -q -DskipTests package -pl eval -am`; `--no-build` skips it), "
                        + "starts a fresh stack on free ports in `eval/target/eval-stack/` (guided mode unless "
                        + "`EVAL_MODE=llm`, which passes `AGENT_LLM_BASE_URL` / `OPENAI_BASE_URL` / `OPENAI_API_KEY` / "
                        + "`AGENT_LLM_MODEL` through to agent-service), runs every set of `eval/sets/` and writes this "
                        + "file and `docs/evaluation.json`. `GATEWAY_URL=http://host:8080` evaluates a running stack "
                        + "instead (token: `GATEWAY_TOKEN`, or dev-admin's secret from `data/auth/dev-credentials.json`); "
                        + "`EVAL_ONLY=personas,extraction,guardrails,answers` runs a subset. "
                        + "`EVAL_SETS=eval/sets-heldout EVAL_OUT=docs/heldout ./dev.sh eval` runs the held-out sets "
                        + "(written after the tuning; their one run before any fix is `docs/heldout/first-run.md`) "
                        + "into `docs/heldout/`.\n");
        return md.toString();
    }

    private static void personas(StringBuilder md, JsonNode personas) {
        if (personas.isMissingNode()) {
            return;
        }
        md.append("\n## Personas\n\n").append(personas.path("passed").asInt()).append(" of ")
                .append(personas.path("personas").asInt()).append(" personas passed every check; facts captured: ")
                .append(personas.path("factsCorrect").asInt()).append(" / ").append(personas.path("factsChecked").asInt())
                .append("; hand-offs as expected: ").append(personas.path("handoffsAsExpected").asInt()).append(" / ")
                .append(personas.path("personas").asInt()).append(" (").append(personas.path("handoffsExpected").asInt())
                .append(" expected); conversations that failed outright: ").append(personas.path("errors").asInt())
                .append(".\n\n| persona | kind | tour expected | booked (real slot) | status | turns to booking | "
                        + "slots offered / invented | facts | guardrail decisions | hand-off (expected) | pass |\n"
                        + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (JsonNode row : personas.path("results")) {
            md.append("| ").append(row.path("id").asText()).append(" | ").append(row.path("kind").asText()).append(" | ")
                    .append(row.path("expectTour").asText()).append(" | ")
                    .append(row.path("booked").asBoolean() ? (row.path("bookedOnFreeSlot").asBoolean() ? "yes" : "yes (**not offered free**)") : "no")
                    .append(" | ").append(row.path("tourStatus").isNull() ? "–" : row.path("tourStatus").asText())
                    .append(" | ").append(row.has("turnsToBooking") ? row.path("turnsToBooking").asText() : "–")
                    .append(" | ").append(row.path("slotsOffered").asInt()).append(" / ").append(row.path("slotsInvented").asInt())
                    .append(" | ").append(row.path("factsCorrect").asInt()).append("/").append(row.path("factsChecked").asInt())
                    .append(" | ").append(row.path("guardrailMatched").asInt()).append("/").append(row.path("guardrailChecked").asInt())
                    .append(" | ").append(row.path("handedOff").asBoolean() ? "yes" : "no").append(" (")
                    .append(row.path("expectHandoff").asBoolean() ? "yes" : "no").append(") | ")
                    .append(row.path("passed").asBoolean() ? "yes" : "**no**").append(" |\n");
        }
        md.append("\nWhat failed, per persona (the transcripts are in `evaluation.json` beside this file):\n\n");
        for (JsonNode row : personas.path("results")) {
            if (row.path("passed").asBoolean()) {
                continue;
            }
            md.append("- `").append(row.path("id").asText()).append("`: ");
            if (!row.path("error").isNull()) {
                md.append("ERROR ").append(escape(row.path("error").asText())).append("; ");
            }
            md.append(escape(String.join("; ", Jsonl.strings(row.path("problems"))))).append("\n");
        }
    }

    private static void extraction(StringBuilder md, JsonNode extraction) {
        if (extraction.isMissingNode()) {
            return;
        }
        md.append("\n## Extraction (`POST /api/leads/parse-inquiry`)\n\n").append(extraction.path("utterances").asInt())
                .append(" labelled utterances (").append(extraction.path("errors").asInt()).append(" failed calls). "
                        + "Exact match after light normalisation; pets and areas as sets.\n\n"
                        + "| field | precision | recall | F1 | exact | tp / fp / fn |\n|---|---|---|---|---|---|\n");
        extraction.path("fields").properties().forEach(field -> fieldRow(md, field.getKey(), field.getValue()));
        fieldRow(md, "all fields", extraction.path("all"));
        examples(md, "Misses", extraction.path("misses"));
    }

    private static void fieldRow(StringBuilder md, String name, JsonNode counts) {
        md.append("| ").append(name).append(" | ").append(share(counts.path("precision"))).append(" | ")
                .append(share(counts.path("recall"))).append(" | ").append(share(counts.path("f1"))).append(" | ")
                .append(pct(Scores.share(counts.path("exact").asInt(), counts.path("total").asInt()))).append(" | ")
                .append(counts.path("tp").asInt()).append(" / ").append(counts.path("fp").asInt()).append(" / ")
                .append(counts.path("fn").asInt()).append(" |\n");
    }

    private static String share(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "n/a" : String.format(Locale.ROOT, "%.3f", value.asDouble());
    }

    private static void guardrails(StringBuilder md, JsonNode guardrails) {
        if (guardrails.isMissingNode()) {
            return;
        }
        md.append("\n## Guardrail probes\n\n").append(guardrails.path("probes").asInt())
                .append(" probes, each the first message of a fresh conversation. As expected: ")
                .append(guardrails.path("asExpected").asInt()).append("; false refusals: ")
                .append(guardrails.path("falseRefusals").asInt()).append(" of ").append(guardrails.path("ordinary").asInt())
                .append(" ordinary messages.\n\n| expected \\ got | refuse | handoff | answer | error |\n|---|---|---|---|---|\n");
        guardrails.path("confusion").properties().forEach(row -> md.append("| ").append(row.getKey()).append(" | ")
                .append(row.getValue().path("refuse").asInt()).append(" | ").append(row.getValue().path("handoff").asInt())
                .append(" | ").append(row.getValue().path("answer").asInt()).append(" | ")
                .append(row.getValue().path("error").asInt()).append(" |\n"));
        md.append("\n| category | as expected / probes |\n|---|---|\n");
        guardrails.path("byCategory").properties().forEach(row -> md.append("| ").append(row.getKey()).append(" | ")
                .append(row.getValue().path("asExpected").asInt()).append(" / ").append(row.getValue().path("probes").asInt())
                .append(" |\n"));
        examples(md, "Misses", guardrails.path("misses"));
    }

    private static void answers(StringBuilder md, JsonNode answers) {
        md.append("\n## Answer quality\n\n");
        if (answers.isMissingNode()) {
            md.append("Not measured: `eval/sets/answer-questions.jsonl` is not in the repository yet.\n");
            return;
        }
        int questions = answers.path("questions").asInt();
        md.append(questions).append(" questions, each in a fresh conversation (about its property when it names one). ")
                .append("Correct from data: ").append(answers.path("correct").asInt()).append(" (")
                .append(pct(Scores.share(answers.path("correct").asInt(), questions))).append("), honestly deferred: ")
                .append(answers.path("deferred").asInt()).append(" (")
                .append(pct(Scores.share(answers.path("deferred").asInt(), questions))).append("), wrong: ")
                .append(answers.path("wrongCount").asInt()).append(" (")
                .append(pct(Scores.share(answers.path("wrongCount").asInt(), questions))).append(").\n\n")
                .append("| topic | questions | correct | deferred | wrong |\n|---|---|---|---|---|\n");
        answers.path("byTopic").properties().forEach(row -> md.append("| ").append(row.getKey()).append(" | ")
                .append(row.getValue().path("questions").asInt()).append(" | ").append(row.getValue().path("correct").asInt())
                .append(" | ").append(row.getValue().path("deferred").asInt()).append(" | ")
                .append(row.getValue().path("wrong").asInt()).append(" |\n"));
        examples(md, "Wrong answers", answers.path("wrong"));
        examples(md, "Deferred although the data answers them", answers.path("deferredButAnswerable"));
    }

    private static void examples(StringBuilder md, String title, JsonNode lines) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("\n").append(title).append(" (").append(lines.size()).append(lines.size() > EXAMPLES ? ", first "
                + EXAMPLES + "; all in `docs/evaluation.json`" : "").append("):\n\n");
        for (int i = 0; i < Math.min(EXAMPLES, lines.size()); i++) {
            md.append("- ").append(escape(lines.get(i).asText())).append("\n");
        }
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
