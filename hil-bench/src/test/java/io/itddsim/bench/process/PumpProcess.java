package io.itddsim.bench.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code itdd pump} in a JVM of its own, as an operator runs it: started with the test's class
 * path and the given JVM options and arguments, its stdout and stderr collected, its TCP address
 * read from the line it prints. For tests that need a real process: a heap limit, a kill -9.
 */
public final class PumpProcess implements AutoCloseable {

    private static final Pattern TCP_LINE = Pattern.compile("^\\s+tcp\\s+(\\S+):(\\d+)$");
    private static final Pattern METRICS_LINE = Pattern.compile("^\\s+metrics\\s+(http://\\S+)$");

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final CompletableFuture<InetSocketAddress> tcp = new CompletableFuture<>();
    private final CompletableFuture<java.net.URI> metrics = new CompletableFuture<>();

    private PumpProcess(Process process) {
        this.process = process;
        reader(process.getInputStream(), out, true).start();
        reader(process.getErrorStream(), err, false).start();
    }

    /** Starts {@code itdd pump} with {@code jvmOptions} (e.g. -Xmx256m) and {@code args}, from {@code workDir}. */
    public static PumpProcess start(Path workDir, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.itddsim.bench.cli.ItddCommand");
        command.add("pump");
        command.addAll(args);
        return new PumpProcess(
                new ProcessBuilder(command).directory(workDir.toFile()).start());
    }

    private Thread reader(java.io.InputStream stream, List<String> lines, boolean watchForTcp) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                    Matcher m = TCP_LINE.matcher(line);
                    if (watchForTcp && m.matches()) {
                        tcp.complete(new InetSocketAddress(m.group(1), Integer.parseInt(m.group(2))));
                    }
                    Matcher scrape = METRICS_LINE.matcher(line);
                    if (watchForTcp && scrape.matches()) {
                        metrics.complete(java.net.URI.create(scrape.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
            tcp.completeExceptionally(new IllegalStateException("itdd pump printed no tcp address; stderr: " + err));
            metrics.completeExceptionally(new IllegalStateException("itdd pump printed no metrics address"));
        });
        t.setDaemon(true);
        return t;
    }

    /** Where the pump listens, once it says so. */
    public InetSocketAddress tcpAddress(Duration patience) throws Exception {
        return tcp.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The /metrics URI, once the pump says so (started with --metrics). */
    public java.net.URI metricsUri(Duration patience) throws Exception {
        return metrics.get(patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    public List<String> stdout() {
        return List.copyOf(out);
    }

    public List<String> stderr() {
        return List.copyOf(err);
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Waits for the process to end; its exit status, or -1 when it did not end in time. */
    public int awaitExit(Duration patience) throws InterruptedException {
        return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** kill -9: the process gets no chance to save anything. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killHard();
        }
    }
}
