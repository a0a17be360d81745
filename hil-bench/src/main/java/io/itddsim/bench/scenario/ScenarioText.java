package io.itddsim.bench.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a scenario file's text, refusing a file too large to be a scenario before any of it is
 * parsed. SnakeYAML's own size limit counts only what it composes, so a file that is mostly
 * comments would otherwise be read and scanned in full, however large. The bundled scenarios are a
 * few kilobytes; 1 MiB leaves room for a long hand-written timeline and still reads in an instant.
 */
public final class ScenarioText {

    /** The largest scenario file accepted, in bytes (docs/SCENARIOS.md). */
    public static final int MAX_BYTES = 1 << 20;

    private ScenarioText() {}

    /** The file's UTF-8 text; a file over {@link #MAX_BYTES} is refused after reading only that much. */
    public static String read(Path file) throws ScenarioError {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ScenarioError(file.toString(), 0, 0, "", "cannot read the file: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file.toString(), sizeOf(file) + " bytes");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioError(file.toString(), 0, 0, "", "cannot read the file: it is not UTF-8 text", e);
        }
    }

    /** Refuses text given directly (not from a file) that could not have come from an accepted file. */
    static void checkLength(String fileName, String text) throws ScenarioError {
        if (text.length() > MAX_BYTES) { // every character takes at least one byte of UTF-8
            throw tooLarge(fileName, text.length() + " characters");
        }
    }

    private static ScenarioError tooLarge(String fileName, String size) {
        return new ScenarioError(
                fileName,
                1,
                1,
                "",
                "the file is " + size + "; a scenario file may be at most 1 MiB (" + MAX_BYTES
                        + " bytes), and a scenario needs a few kilobytes");
    }

    private static String sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Long.toString(Files.size(file)) : "more than " + MAX_BYTES;
        } catch (IOException e) {
            return "more than " + MAX_BYTES;
        }
    }
}
