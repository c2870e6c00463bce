package org.unitar.learning.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Calls released at the same moment, each in its own thread, as two tabs or devices (or a double click) send them. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs {@code call} in {@code threads} threads at once; each result, or the runtime exception it threw. */
    public static List<Object> run(int threads, Callable<Object> call) throws Exception {
        return run(Collections.nCopies(threads, call));
    }

    /** Runs every call in a thread of its own, all at once; each result, or the runtime exception it threw. */
    public static List<Object> run(List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
