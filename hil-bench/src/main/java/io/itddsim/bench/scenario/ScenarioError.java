package io.itddsim.bench.scenario;

/**
 * A scenario file says something we cannot accept, located at a line and column and a dotted path
 * inside the file, with what was wrong and what was expected:
 * {@code scenarios/x.yaml:12:5: prescription.rate: expected a rate such as "0.5 mL/day", got "fast"}.
 *
 * <p>Checked on purpose. A bad scenario file is an expected outcome of reading input a person
 * wrote, not a bug in the bench, and every caller that reads one (the CLI, the runner, the trainer)
 * must turn it into a message and an exit status rather than a stack trace. The compiler then finds
 * each path that forgot. The cost, no throwing from lambdas, suits the plain loops a reader needs.
 */
public final class ScenarioError extends Exception {

    private final String file;
    private final int line;
    private final int column;
    private final String path;
    private final String detail;

    /**
     * @param file the file as the user named it
     * @param line 1-based
     * @param column 1-based
     * @param path dotted path of the offending node, e.g. {@code timeline[2].bolus.volume}; empty for
     *     the whole document or for syntax errors
     * @param detail what was wrong and what was expected
     */
    public ScenarioError(String file, int line, int column, String path, String detail) {
        this(file, line, column, path, detail, null);
    }

    /** As {@link #ScenarioError(String, int, int, String, String)}, keeping the underlying cause. */
    public ScenarioError(String file, int line, int column, String path, String detail, Throwable cause) {
        super(format(file, line, column, path, detail), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.path = path;
        this.detail = detail;
    }

    private static String format(String file, int line, int column, String path, String detail) {
        String where = file + ':' + line + ':' + column + ": ";
        return path.isEmpty() ? where + detail : where + path + ": " + detail;
    }

    public String file() {
        return file;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column. */
    public int column() {
        return column;
    }

    /** Dotted path of the offending node, empty for the whole document or a syntax error. */
    public String path() {
        return path;
    }

    /** The message without its location: what was wrong and what was expected. */
    public String detail() {
        return detail;
    }
}
