package org.unitar.learning.bench;

import org.unitar.learning.shared.persistence.LearningDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The database's raw single-row insert rate, for comparing what the application writes against: as many threads
 * as the application's connection pool ({@link LearningDataSource#MAX_POOL_SIZE}), each inserting one row per
 * transaction (autocommit) into a scratch table of the same database, first unmeasured for the warm-up, then
 * measured. Prints inserts per second and the latency percentiles; drops the scratch table at the end.
 */
public final class JdbcInsertBaseline {

    private static final String TABLE = "bench_insert_baseline";

    private JdbcInsertBaseline() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3316/learning");
        String user = System.getProperty("bench.db.user", "learning");
        String password = System.getProperty("bench.db.password", "learning");
        int threads = LearningDataSource.MAX_POOL_SIZE;
        Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.jdbc.warmup", 5));
        Duration measured = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));

        try (Connection admin = DriverManager.getConnection(url, user, password); Statement sql = admin.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS " + TABLE);
            sql.execute("CREATE TABLE " + TABLE + " (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,"
                    + " actor VARCHAR(255) NOT NULL, payload VARCHAR(255) NOT NULL, created_at DATETIME(6) NOT NULL)"
                    + " ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        }
        try {
            run(url, user, password, threads, warmUp);
            long[] latencies = run(url, user, password, threads, measured);
            report(threads, measured, latencies);
        } finally {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement sql = admin.createStatement()) {
                sql.execute("DROP TABLE IF EXISTS " + TABLE);
            }
        }
    }

    /** Inserts from {@code threads} threads for {@code duration}; returns each insert's latency in microseconds. */
    private static long[] run(String url, String user, String password, int threads, Duration duration) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> insertUntil(url, user, password, thread, start, duration)));
        }
        start.countDown();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            all.add(result.get());
        }
        pool.shutdown();
        return all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static long[] insertUntil(String url, String user, String password, int thread, CountDownLatch start,
                                      Duration duration) throws SQLException, InterruptedException {
        long[] latencies = new long[1 << 16];
        int count = 0;
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + TABLE + " (actor, payload, created_at) VALUES (?, ?, ?)")) {
            start.await();
            long end = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < end) {
                long begin = System.nanoTime();
                insert.setString(1, "bench-" + thread);
                insert.setString(2, "مرحبا — single-row insert " + count);
                insert.setObject(3, LocalDateTime.now());
                insert.executeUpdate();
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = (System.nanoTime() - begin) / 1_000;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private static void report(int threads, Duration measured, long[] sortedMicros) {
        double perSecond = sortedMicros.length / (double) measured.toSeconds();
        System.out.printf("%nJDBC baseline: single-row inserts, autocommit, %d threads (the application's pool size), %d s%n",
                threads, measured.toSeconds());
        System.out.printf("  inserts: %d   throughput: %.0f inserts/s%n", sortedMicros.length, perSecond);
        System.out.printf("  latency ms: p50 %.2f   p95 %.2f   p99 %.2f   max %.2f%n%n",
                percentile(sortedMicros, 50), percentile(sortedMicros, 95), percentile(sortedMicros, 99),
                sortedMicros.length == 0 ? 0 : sortedMicros[sortedMicros.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
