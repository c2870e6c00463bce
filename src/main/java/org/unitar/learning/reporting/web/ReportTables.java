package org.unitar.learning.reporting.web;

import org.unitar.learning.reporting.Reports;
import org.unitar.learning.shared.i18n.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The reports as tables (headers in the reader's language): what the page shows under each chart, for screen
 * readers and anyone, and what the CSV and XLSX exports hold, so that both say the same.
 */
public final class ReportTables {

    /** A table: its id (also the export's name), title, header and rows of text. */
    public record Table(String id, String title, List<String> header, List<List<String>> rows) implements Serializable {
    }

    static final List<String> BREAKDOWNS = List.of("course", "edition", "country", "organisation");

    private ReportTables() {
    }

    /** Every table of the report for {@code filter}, the completion breakdown by {@code by}. */
    static List<Table> all(Reports reports, org.unitar.learning.shared.security.Actor actor, Reports.Filter filter, String by,
                           Messages words, Locale reader, Function<Long, String> courseTitle) {
        List<Table> tables = new ArrayList<>();
        List<List<String>> months = reports.months(actor, filter).stream().map(m -> List.of(m.month(),
                String.valueOf(m.enrolments()), String.valueOf(m.completions()), String.valueOf(m.certificates()))).toList();
        tables.add(new Table("months", words.format("reports.months"), List.of(words.format("reports.month"),
                words.format("reports.enrolments"), words.format("reports.completions"), words.format("reports.certificates")), months));
        List<List<String>> rates = reports.completion(actor, filter, by).stream().map(r -> List.of(label(r, by, reader, courseTitle, words),
                String.valueOf(r.enrolled()), String.valueOf(r.completed()), String.valueOf(r.percent()))).toList();
        tables.add(new Table("completion", words.format("reports.completionBy." + by), List.of(words.format("reports.group." + by),
                words.format("reports.enrolled"), words.format("reports.completed"), words.format("reports.rate")), rates));
        List<List<String>> scores = reports.scores(actor, filter).stream().map(b -> List.of(
                b.from() + "–" + (b.from() == 90 ? 100 : b.from() + 9), String.valueOf(b.attempts()))).toList();
        tables.add(new Table("scores", words.format("reports.scores"), List.of(words.format("reports.scoreRange"),
                words.format("reports.attempts")), scores));
        if (filter.courseId() != null) {
            List<List<String>> questions = reports.difficulty(actor, filter).stream().map(d -> List.of(d.stem(),
                    String.valueOf(d.answers()), BigDecimal.valueOf(d.averageCredit() * 100).setScale(0, RoundingMode.HALF_UP).toPlainString()))
                    .toList();
            tables.add(new Table("questions", words.format("reports.questions"), List.of(words.format("reports.question"),
                    words.format("reports.answers"), words.format("reports.averageCredit")), questions));
        }
        return tables;
    }

    private static String label(Reports.Rate rate, String by, Locale reader, Function<Long, String> courseTitle, Messages words) {
        return switch (by) {
            case "course" -> courseTitle.apply(Long.parseLong(rate.key()));
            case "country" -> rate.key().isEmpty() ? words.format("reports.none")
                    : new Locale.Builder().setRegion(rate.key()).build().getDisplayCountry(reader);
            default -> rate.label() == null ? words.format("reports.none") : rate.label();
        };
    }

    /** The tables as sheets, by title. */
    static Map<String, List<List<String>>> sheets(List<Table> tables) {
        Map<String, List<List<String>>> sheets = new java.util.LinkedHashMap<>();
        for (Table table : tables) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(table.header());
            rows.addAll(table.rows());
            sheets.put(table.title(), rows);
        }
        return sheets;
    }
}
