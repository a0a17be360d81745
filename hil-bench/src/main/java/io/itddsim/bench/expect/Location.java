package io.itddsim.bench.expect;

/**
 * Where an expectation was written: file, 1-based line and column, and its path
 * ({@code expect[2]}).
 */
public record Location(String file, int line, int column, String path) {
    @Override
    public String toString() {
        return file + ':' + line + ':' + column;
    }
}
