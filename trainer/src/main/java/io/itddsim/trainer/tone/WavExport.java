package io.itddsim.trainer.tone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code itdd alarms export --wav DIR}: one WAV file per annunciation pattern of the model. */
public final class WavExport {
    private WavExport() {}

    /**
     * Writes {@code critical.wav} and {@code non-critical.wav} into {@code dir}, creating it if
     * needed.
     *
     * @return the files written
     * @throws IOException naming the folder when it is a file or cannot be written
     */
    public static List<Path> export(ToneLibrary library, Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException(dir + " is a file; expected a folder to write the WAV files into");
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (SoundPattern pattern : library.patterns()) {
            Path file = dir.resolve(pattern.id() + ".wav");
            WavWriter.write(pattern, file);
            written.add(file);
        }
        return written;
    }
}
