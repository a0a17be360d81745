package io.itddsim.bench.cli;

import java.net.InetSocketAddress;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code HOST:PORT} on the command line ({@code 127.0.0.1:7700}, {@code [::1]:7700}, {@code :7700} for loopback). */
public final class Endpoints implements ITypeConverter<InetSocketAddress> {

    public static final String LOOPBACK = "127.0.0.1";

    @Override
    public InetSocketAddress convert(String text) {
        return parse(text);
    }

    public static InetSocketAddress parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 0) {
            throw new TypeConversionException("'" + text + "': expected HOST:PORT, e.g. 127.0.0.1:7700");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            host = LOOPBACK;
        }
        int port;
        try {
            port = Integer.parseInt(text.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "': the port must be a number 0..65535");
        }
        if (port < 0 || port > 65_535) {
            throw new TypeConversionException("'" + text + "': the port must be 0..65535, got " + port);
        }
        return new InetSocketAddress(host, port);
    }
}
