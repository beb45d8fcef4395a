package no.gevinst.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Clients of a cluster under test, as careful integrating systems are: a request whose answer says "try again"
 * (no answer at all, 502 or 504 from the balancer, 503 from the application) is sent again after a second; any
 * other error is counted and not repeated. Every request's time is kept.
 */
final class Load {

    static final Set<Integer> RETRYABLE = Set.of(502, 503, 504);

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<Integer> retryable;
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger retryableErrors = new AtomicInteger();
    final List<String> otherErrors = Collections.synchronizedList(new ArrayList<>());

    Load() {
        this(RETRYABLE);
    }

    /** @param retryable the statuses this client repeats a request on */
    Load(Set<Integer> retryable) {
        this.retryable = retryable;
    }

    /** One request, timed; null when no answer came (connection refused or reset). */
    HttpResponse<String> send(HttpRequest request) {
        requests.incrementAndGet();
        long start = System.nanoTime();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException noAnswer) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            millis.add((System.nanoTime() - start) / 1e6);
        }
    }

    /** Whether the client may send it again; counts the retryable ones. */
    boolean mayRetry(HttpResponse<String> response) {
        if (response == null || retryable.contains(response.statusCode())) {
            retryableErrors.incrementAndGet();
            pause();
            return true;
        }
        return false;
    }

    /** An answer the client did not expect and may not repeat. */
    void refused(String what, HttpResponse<String> response) {
        otherErrors.add(what + " -> " + response.statusCode() + " " + response.body());
    }

    /** Runs {@code act} for each item on {@code clients} threads, and waits for all. */
    static <T> void run(int clients, List<T> items, Consumer<T> act) {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            items.forEach(item -> pool.execute(() -> act.accept(item)));
        } finally {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("clients still at work after 10 minutes");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
    }

    /** The line the run prints for one scenario. */
    String figures(String scenario, int acts, int lost, int phantom) {
        return String.format("%-52s %6d %6d %6d %6d %5d %5d %7.0f %7.0f %7.0f", scenario, acts, requests.get(),
                retryableErrors.get(), otherErrors.size(), lost, phantom, percentile(50), percentile(95),
                percentile(99));
    }

    static String header() {
        return String.format("%-52s %6s %6s %6s %6s %5s %5s %7s %7s %7s", "scenario", "acts", "reqs", "retry",
                "errors", "lost", "extra", "p50 ms", "p95 ms", "p99 ms");
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
