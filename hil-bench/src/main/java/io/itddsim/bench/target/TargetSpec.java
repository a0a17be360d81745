package io.itddsim.bench.target;

import java.net.InetSocketAddress;

/**
 * A target as {@code --target} names it: {@code embedded}, {@code tcp://HOST:PORT} or {@code
 * serial:DEVICE[?baud=N]}.
 *
 * @param kind   which
 * @param tcp    the address, for TCP
 * @param device the serial device, for serial
 * @param baud   the line rate, for serial
 * @param text   as the user wrote it
 */
public record TargetSpec(Kind kind, InetSocketAddress tcp, String device, int baud, String text) {
    public static final int DEFAULT_BAUD = 115_200;

    public enum Kind {
        EMBEDDED,
        TCP,
        SERIAL
    }

    /**
     * @throws IllegalArgumentException saying what was expected
     */
    public static TargetSpec parse(String text) {
        if (text.equals("embedded")) {
            return new TargetSpec(Kind.EMBEDDED, null, null, 0, text);
        }
        if (text.startsWith("tcp://")) {
            return new TargetSpec(Kind.TCP, hostAndPort(text), null, 0, text);
        }
        if (text.startsWith("serial:")) {
            String rest = text.substring("serial:".length());
            int baud = DEFAULT_BAUD;
            int q = rest.indexOf('?');
            String device = q < 0 ? rest : rest.substring(0, q);
            if (q >= 0) {
                String query = rest.substring(q + 1);
                if (!query.startsWith("baud=")) {
                    throw new IllegalArgumentException("'" + text + "': the only option is ?baud=N, got ?" + query);
                }
                try {
                    baud = Integer.parseInt(query.substring("baud=".length()));
                } catch (NumberFormatException e) {
                    baud = -1;
                }
                if (baud <= 0) {
                    throw new IllegalArgumentException("'" + text + "': baud must be a positive whole number");
                }
            }
            if (device.isBlank()) {
                throw new IllegalArgumentException("'" + text + "': expected serial:DEVICE, e.g. serial:/dev/ttyUSB0");
            }
            return new TargetSpec(Kind.SERIAL, null, device, baud, text);
        }
        throw new IllegalArgumentException(
                "'" + text + "': expected embedded, tcp://HOST:PORT or serial:DEVICE[?baud=N]");
    }

    /** {@code tcp://HOST:PORT}, the host possibly in brackets ({@code [::1]}). */
    private static InetSocketAddress hostAndPort(String text) {
        String rest = text.substring("tcp://".length());
        int colon = rest.lastIndexOf(':');
        String host = colon < 0 ? "" : rest.substring(0, colon).replaceAll("^\\[|]$", "");
        int port = -1;
        try {
            port = colon < 0 ? -1 : Integer.parseInt(rest.substring(colon + 1));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (host.isEmpty() || port < 1 || port > 65_535) {
            throw new IllegalArgumentException("'" + text + "': expected tcp://HOST:PORT, e.g. tcp://127.0.0.1:7700");
        }
        return InetSocketAddress.createUnresolved(host, port);
    }

    public boolean wire() {
        return kind != Kind.EMBEDDED;
    }
}
