package io.itddsim.wire.serial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Two linked pseudo-terminals made by a socat process of the test's own, with symbolic links
 * {@code ttyA} and {@code ttyB} in a fresh folder, so no stale bytes from an earlier run can be
 * read. Closing it stops that socat process (and only it).
 */
public final class SocatPtyPair implements AutoCloseable {

  private static final String READY = "starting data transfer loop";

  private final Process socat;
  private final Path a;
  private final Path b;

  private SocatPtyPair(Process socat, Path a, Path b) {
    this.socat = socat;
    this.a = a;
    this.b = b;
  }

  public static boolean socatInstalled() {
    try {
      Process probe = new ProcessBuilder("socat", "-V").redirectErrorStream(true).start();
      probe.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Starts socat and returns once it reports that it is moving data between the two PTYs. */
  public static SocatPtyPair start(Path folder) throws Exception {
    Files.createDirectories(folder);
    Path a = folder.resolve("ttyA");
    Path b = folder.resolve("ttyB");
    Process socat =
        new ProcessBuilder(
                "socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a,
                "pty,raw,echo=0,link=" + b)
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> awaitReady(socat, output));
    boolean started;
    try {
      // a guard against a hung socat, not a measurement: it is ready within milliseconds
      started = ready.get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      started = false;
    }
    if (!started) {
      socat.destroyForcibly();
      throw new IllegalStateException("socat did not start a PTY pair; it said: " + output);
    }
    return new SocatPtyPair(socat, a, b);
  }

  private static boolean awaitReady(Process socat, List<String> output) {
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(socat.getInputStream(), StandardCharsets.UTF_8));
    try {
      for (String line; (line = lines.readLine()) != null; ) {
        synchronized (output) {
          output.add(line);
        }
        if (line.contains(READY)) {
          // keep draining so socat never blocks on a full pipe
          Thread drain = new Thread(() -> drain(lines), "socat-output");
          drain.setDaemon(true);
          drain.start();
          return true;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  private static void drain(BufferedReader lines) {
    try {
      while (lines.readLine() != null) {
        // socat's transfer log is not needed
      }
    } catch (IOException e) {
      // socat was stopped
    }
  }

  public Path a() {
    return a;
  }

  public Path b() {
    return b;
  }

  /** Stops socat, as when the far end of a serial line goes away. */
  public void stopSocat() {
    socat.destroy();
    try {
      if (!socat.waitFor(10, TimeUnit.SECONDS)) {
        socat.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      socat.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stopSocat();
  }
}
