package org.unitar.learning.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the latest Gatling run's figures per request (Gatling's console shows only the global ones) and compares
 * the home page with the static resource measured in the same run. Reads the statistics table of the HTML report
 * in {@code target/gatling}.
 */
public final class GatlingSummary {

    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"(?:req|group)_[^\"]+\".*?class=\"ellipsed-name\">([^<]+)</span>.*?((?:<td class=\"value[^>]*>[^<]*</td>\\s*)+)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile(">([^<]*)</td>");

    private GatlingSummary() {
    }

    /** Figures of one request name: count, failures, requests per second, percentiles in ms. */
    private record Figures(int count, int failed, double perSecond, int p50, int p75, int p95, int p99, int max) {
    }

    public static void main(String[] args) throws IOException {
        Path reports = Path.of(args.length > 0 ? args[0] : "target/gatling");
        int measuredSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path latest;
        try (Stream<Path> runs = Files.list(reports)) {
            latest = runs.filter(Files::isDirectory)
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("No Gatling report in " + reports));
        }
        Map<String, Figures> figures = read(Files.readString(latest.resolve("index.html")));
        System.out.printf("%nGatling, per request (%s)%n", latest.getFileName());
        System.out.printf("  (req/s over the whole simulation; each measured scenario ran alone for %d s)%n", measuredSeconds);
        System.out.printf("  %-34s %7s %5s %8s %6s %6s %6s %6s %6s%n", "request", "count", "KO", "req/s", "p50", "p75", "p95", "p99", "max");
        figures.forEach((name, f) -> System.out.printf("  %-34s %7d %5d %8.1f %6d %6d %6d %6d %6d%n",
                name, f.count(), f.failed(), f.perSecond(), f.p50(), f.p75(), f.p95(), f.p99(), f.max()));
        Figures page = figures.get("home page");
        Figures baseline = figures.get("static resource");
        if (page != null && baseline != null) {
            System.out.printf("  static resource: %.0f req/s while it ran; home page: %.0f req/s while it ran%n",
                    baseline.count() / (double) measuredSeconds, page.count() / (double) measuredSeconds);
            System.out.printf("  home page against the static resource of the same run: p50 +%d ms, p95 +%d ms, p99 +%d ms,"
                            + " throughput %.0f%% of it%n%n", page.p50() - baseline.p50(), page.p95() - baseline.p95(),
                    page.p99() - baseline.p99(), 100.0 * page.count() / baseline.count());
        }
    }

    private static Map<String, Figures> read(String html) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(2));
            String[] v = new String[13];
            for (int i = 0; i < v.length && cell.find(); i++) {
                v[i] = cell.group(1).replace(",", "").trim();
            }
            // columns: total, ok, ko, ko %, req/s, min, p50, p75, p95, p99, max, mean, std dev
            figures.put(row.group(1), new Figures(num(v[0]), num(v[2]), Double.parseDouble(v[4]),
                    num(v[6]), num(v[7]), num(v[8]), num(v[9]), num(v[10])));
        }
        return figures;
    }

    private static int num(String value) {
        return value == null || value.equals("-") ? 0 : Integer.parseInt(value);
    }
}
