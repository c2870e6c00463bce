package org.unitar.learning.assessment;

import java.util.Arrays;
import java.util.List;

/**
 * What a learner gave as the answer to one question, in the question's own terms: the keys of the chosen options
 * (choice, true/false), the text typed (short answer, numeric, essay: one value), for each prompt of a matching
 * question in the question's order the key of the item chosen (blank for none), or the keys of the items in the
 * order put (ordering). No values means not answered.
 */
public record Response(List<String> values) {

    public static final Response NONE = new Response(List.of());

    public Response {
        values = values.stream().map(v -> v == null ? "" : v).toList();
    }

    public static Response of(String... values) {
        return new Response(Arrays.asList(values));
    }

    public boolean isEmpty() {
        return values.stream().allMatch(String::isBlank);
    }

    /** The one value of a typed answer, or blank. */
    public String text() {
        return values.isEmpty() ? "" : values.get(0);
    }
}
