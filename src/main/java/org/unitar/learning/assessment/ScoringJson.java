package org.unitar.learning.assessment;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

/**
 * How a question version's scoring is stored (the {@code scoring} column): a small JSON document with the type and
 * that type's keys, credits, accepted answers, tolerances and units. Read back through the same factories an author
 * goes through, so a stored document is as checked as a typed one. Numbers stay decimal strings, never floats.
 */
final class ScoringJson {

    private ScoringJson() {
    }

    static String write(Scoring scoring) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("type", scoring.type().name());
        switch (scoring.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> {
                JsonArrayBuilder options = Json.createArrayBuilder();
                ((ChoiceScoring) scoring).options().forEach(o -> options.add(Json.createObjectBuilder()
                        .add("key", o.key()).add("credit", decimal(o.credit()))));
                json.add("options", options);
            }
            case SHORT_ANSWER -> {
                ShortAnswerScoring s = (ShortAnswerScoring) scoring;
                JsonArrayBuilder answers = Json.createArrayBuilder();
                s.answers().forEach(a -> answers.add(Json.createObjectBuilder().add("pattern", a.pattern()).add("credit", decimal(a.credit()))));
                json.add("answers", answers).add("caseSensitive", s.caseSensitive()).add("accentSensitive", s.accentSensitive());
            }
            case NUMERIC -> {
                NumericScoring n = (NumericScoring) scoring;
                JsonArrayBuilder answers = Json.createArrayBuilder();
                n.answers().forEach(a -> answers.add(Json.createObjectBuilder().add("value", a.value().toPlainString())
                        .add("tolerance", a.tolerance().toPlainString()).add("credit", decimal(a.credit()))));
                JsonArrayBuilder units = Json.createArrayBuilder();
                n.units().forEach(u -> units.add(Json.createObjectBuilder().add("name", u.name()).add("multiplier", u.multiplier().toPlainString())));
                json.add("answers", answers).add("units", units).add("unitRequired", n.unitRequired());
            }
            case MATCHING -> {
                MatchingScoring m = (MatchingScoring) scoring;
                JsonArrayBuilder pairs = Json.createArrayBuilder();
                m.pairs().forEach(p -> pairs.add(Json.createObjectBuilder().add("prompt", p.prompt()).add("item", p.item())));
                json.add("pairs", pairs).add("items", Json.createArrayBuilder(m.items()));
            }
            case ORDERING -> json.add("order", Json.createArrayBuilder(((OrderingScoring) scoring).order()));
            case ESSAY -> {
                // nothing to keep: a trainer grades it
            }
        }
        return json.build().toString();
    }

    static Scoring read(String document) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            json = reader.readObject();
        }
        QuestionType type = QuestionType.valueOf(json.getString("type"));
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<ChoiceScoring.Option> options = objects(json, "options").stream()
                        .map(o -> new ChoiceScoring.Option(o.getString("key"), credit(o))).toList();
                yield type == QuestionType.SINGLE_CHOICE ? ChoiceScoring.single(options) : ChoiceScoring.multiple(options);
            }
            case TRUE_FALSE -> ChoiceScoring.trueFalse(objects(json, "options").stream()
                    .anyMatch(o -> o.getString("key").equals(ChoiceScoring.TRUE) && credit(o) > 0));
            case SHORT_ANSWER -> ShortAnswerScoring.of(objects(json, "answers").stream()
                            .map(a -> new ShortAnswerScoring.Accepted(a.getString("pattern"), credit(a))).toList(),
                    json.getBoolean("caseSensitive"), json.getBoolean("accentSensitive"));
            case NUMERIC -> NumericScoring.of(objects(json, "answers").stream()
                            .map(a -> new NumericScoring.Accepted(new BigDecimal(a.getString("value")),
                                    new BigDecimal(a.getString("tolerance")), credit(a))).toList(),
                    objects(json, "units").stream()
                            .map(u -> new NumericScoring.Unit(u.getString("name"), new BigDecimal(u.getString("multiplier")))).toList(),
                    json.getBoolean("unitRequired"));
            case MATCHING -> MatchingScoring.of(objects(json, "pairs").stream()
                    .map(p -> new MatchingScoring.Pair(p.getString("prompt"), p.getString("item"))).toList(), strings(json, "items"));
            case ORDERING -> OrderingScoring.of(strings(json, "order"));
            case ESSAY -> new EssayScoring();
        };
    }

    private static String decimal(double credit) {
        return BigDecimal.valueOf(credit).stripTrailingZeros().toPlainString();
    }

    private static double credit(JsonObject json) {
        return new BigDecimal(json.getString("credit")).doubleValue();
    }

    private static List<JsonObject> objects(JsonObject json, String name) {
        return json.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    private static List<String> strings(JsonObject json, String name) {
        JsonArray array = json.getJsonArray(name);
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
