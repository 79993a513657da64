import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the pipeline's main calls at a fixed number of concurrent workers (closed loop: each worker
 * sends its next request when the previous one answered) and prints per call the throughput and the
 * p50/p99 latency. Errors (any status other than the one expected) are counted, not timed.
 *
 * Usage: java bench/PipelineLoad.java BASE_URL EMAIL PASSWORD [workers=32] [seconds=20] [warmup=5] [label=...]
 *            [server-pid=PID] [calls=page,get,create,kanban] [prewarm=SECONDS] [rate=REQUESTS_PER_SECOND | rate=page:R,get:R,...]
 * prewarm: before the first call's warm-up, all the calls at once (workers spread over them), so that the
 * server's JIT has compiled their shared and their own code before any is measured.
 * With server-pid (a local server), each call also reports the server's CPU time per request (from
 * /proc/PID/stat), and the load generator's own: on a shared machine the throughput and latencies
 * depend on everything else running, CPU time per request much less.
 * rate (open loop, a second view next to the closed loop's, never instead of it): the measured requests
 * are sent on a fixed schedule, rate per second spread evenly over the workers, and each latency counts
 * from the request's scheduled time, so a request that waited for a late one is counted as late
 * (no coordinated omission). Warm-up and prewarm stay closed loop. A worker behind schedule sends at once.
 * A rate per call (e.g. half of each call's closed-loop throughput) is given as rate=page:1200,get:2500,...;
 * a call not named there runs closed loop.
 */
public class PipelineLoad {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9A-Z]{13})\"");

    record Call(String name, int expected, Supplier<HttpRequest> request) { }

    record Result(String name, int count, int errors, double seconds, long[] nanos) {
        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * nanos.length) - 1;
            return nanos[Math.max(0, index)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String email = args[1];
        String password = args[2];
        int workers = 32;
        int seconds = 20;
        int warmup = 5;
        String label = "";
        long serverPid = 0;
        int prewarm = 0;
        String rates = "0";
        List<String> only = List.of("page", "get", "create", "kanban");
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            switch (pair[0]) {
                case "workers" -> workers = Integer.parseInt(pair[1]);
                case "seconds" -> seconds = Integer.parseInt(pair[1]);
                case "warmup" -> warmup = Integer.parseInt(pair[1]);
                case "label" -> label = pair[1];
                case "server-pid" -> serverPid = Long.parseLong(pair[1]);
                case "prewarm" -> prewarm = Integer.parseInt(pair[1]);
                case "calls" -> only = List.of(pair[1].split(","));
                case "rate" -> rates = pair[1];
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(login.body());
        if (!token.find()) {
            throw new IllegalStateException("sign-in failed: " + login.statusCode() + " " + login.body());
        }
        String bearer = "Bearer " + token.group(1);

        // ids to read: customers from several pages, so the gets are not all one cached row
        List<String> ids = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            String body = http.send(get(base + "/customers?page=" + page + "&size=100", bearer),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = ID.matcher(body);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the tenant has no customers");
        }
        String total = http.send(get(base + "/customers?page=1&size=1", bearer), HttpResponse.BodyHandlers.ofString())
                .body().replaceAll(".*\"total\":(\\d+).*", "$1");
        System.out.printf("%s tenant of %s: %s customers visible, %d workers, %d s per call (after %d s warm-up)%s%n",
                label, email, total, workers, seconds, warmup,
                rates.equals("0") ? ", closed loop" : ", open loop at " + rates + " req/s");

        AtomicInteger created = new AtomicInteger();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Call> calls = List.of(
                new Call("customer page", 200, () -> get(base + "/customers?page=1&size=20", bearer)),
                new Call("customer get", 200, () -> get(base + "/customers/"
                        + ids.get(ThreadLocalRandom.current().nextInt(ids.size())), bearer)),
                new Call("customer create", 201, () -> HttpRequest.newBuilder(URI.create(base + "/customers"))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"负载 Load " + run + "-"
                                + created.incrementAndGet() + "\",\"grade\":\"B\",\"regionCode\":\"310101\"}")).build()),
                new Call("opportunity kanban", 200, () -> get(base + "/opportunities/kanban", bearer)));

        System.out.printf("%-20s %8s %8s %10s %9s %9s %12s %12s%n", "call", "requests", "errors", "req/s", "p50 ms", "p99 ms",
                "server CPU", "client CPU");
        List<String> selected = only;
        List<Call> measured = calls.stream()
                .filter(call -> selected.contains(call.name().substring(call.name().indexOf(' ') + 1))).toList();
        if (prewarm > 0) {
            // the JIT compiles what every call shares (HTTP, security, CDI, JPA) and each call's own path
            run(http, measured, workers, prewarm, 0);
        }
        for (Call call : measured) {
            run(http, call, workers, warmup);
            double serverBefore = cpuSeconds(serverPid);
            double clientBefore = cpuSeconds(ProcessHandle.current().pid());
            Result r = run(http, List.of(call), workers, seconds, rateOf(rates, call));
            double server = cpuSeconds(serverPid) - serverBefore;
            double client = cpuSeconds(ProcessHandle.current().pid()) - clientBefore;
            int answered = Math.max(1, r.count() + r.errors());
            System.out.printf("%-20s %8d %8d %10.1f %9.1f %9.1f %12s %12s%n", r.name(), r.count(), r.errors(),
                    r.count() / r.seconds(), r.percentile(50), r.percentile(99),
                    serverPid == 0 ? "-" : String.format("%.2f ms/req", server * 1000 / answered),
                    String.format("%.2f ms/req", client * 1000 / answered));
        }
    }

    /** The call's open-loop rate: one number for every call, or name:rate pairs (0, closed loop, for others). */
    static double rateOf(String rates, Call call) {
        String name = call.name().substring(call.name().indexOf(' ') + 1);
        if (!rates.contains(":")) {
            return Double.parseDouble(rates);
        }
        for (String pair : rates.split(",")) {
            String[] parts = pair.split(":", 2);
            if (parts[0].equals(name)) {
                return Double.parseDouble(parts[1]);
            }
        }
        return 0;
    }

    /** User + system CPU seconds of a local process (Linux /proc), 0 when unknown. */
    static double cpuSeconds(long pid) {
        if (pid == 0) {
            return 0;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields[11], fields[12]: utime, stime in clock ticks (field 14 and 15 of proc(5))
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    static HttpRequest get(String uri, String bearer) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    static Result run(HttpClient http, Call call, int workers, int seconds) throws Exception {
        return run(http, List.of(call), workers, seconds, 0);
    }

    /**
     * Runs the calls for {@code seconds}, worker w sending calls[w % calls] (the result is named after the
     * first): closed loop when {@code rate} is 0, else each worker on its share of the schedule.
     */
    static Result run(HttpClient http, List<Call> mixed, int workers, int seconds, double rate) throws Exception {
        Call first = mixed.get(0);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicInteger errors = new AtomicInteger();
        List<Future<long[]>> futures = new ArrayList<>();
        long interval = rate > 0 ? (long) (workers * 1e9 / rate) : 0;
        for (int w = 0; w < workers; w++) {
            Call call = mixed.get(w % mixed.size());
            long firstSend = start + (rate > 0 ? (long) (w * 1e9 / rate) : 0);
            futures.add(pool.submit(() -> {
                long[] nanos = new long[1024];
                int n = 0;
                long scheduled = firstSend;
                while (scheduled < end && System.nanoTime() < end) {
                    long t0 = rate > 0 ? scheduled : System.nanoTime();
                    for (long wait; rate > 0 && (wait = scheduled - System.nanoTime()) > 0; ) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    scheduled += interval;
                    try {
                        // bytes, not a String: the load generator shares the cores with the server
                        HttpResponse<byte[]> response = http.send(call.request().get(), HttpResponse.BodyHandlers.ofByteArray());
                        long elapsed = System.nanoTime() - t0;
                        if (response.statusCode() != call.expected()) {
                            if (errors.incrementAndGet() <= 3) {
                                String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                                System.err.println(call.name() + ": " + response.statusCode() + " "
                                        + body.substring(0, Math.min(300, body.length())));
                            }
                            continue;
                        }
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = elapsed;
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    }
                }
                return Arrays.copyOf(nanos, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(first.name(), nanos.length, errors.get(), elapsed, nanos);
    }
}
