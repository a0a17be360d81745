package io.itddsim.trainer.tone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Synthesises a pattern as 16-bit mono PCM and writes it as a WAV file with
 * {@code javax.sound.sampled}. Each tone is a sine at the model's frequency for the model's
 * duration; a 5 ms fade at both ends of every tone keeps the joins from clicking without moving
 * them.
 */
public final class WavWriter {
    public static final int SAMPLE_RATE_HZ = 44_100;
    private static final double AMPLITUDE = 0.5;
    private static final long FADE_US = 5_000;

    private WavWriter() {}

    /** The pattern's samples: exactly its duration at {@link #SAMPLE_RATE_HZ}. */
    public static short[] samples(SoundPattern pattern) {
        short[] pcm = new short[frames(pattern.durationUs())];
        for (ScheduledTone tone : pattern.tones()) {
            int from = frames(tone.startUs());
            int to = frames(tone.endUs());
            int fade = frames(FADE_US);
            for (int i = from; i < to; i++) {
                double t = (double) (i - from) / SAMPLE_RATE_HZ;
                double envelope = Math.min(1.0, Math.min(i - from, to - 1 - i) / (double) fade);
                pcm[i] = (short) Math.round(
                        Short.MAX_VALUE * AMPLITUDE * envelope * Math.sin(2 * Math.PI * tone.frequencyHz() * t));
            }
        }
        return pcm;
    }

    public static void write(SoundPattern pattern, Path file) throws IOException {
        short[] pcm = samples(pattern);
        byte[] bytes = new byte[pcm.length * 2];
        for (int i = 0; i < pcm.length; i++) {
            bytes[2 * i] = (byte) pcm[i];
            bytes[2 * i + 1] = (byte) (pcm[i] >> 8);
        }
        AudioFormat format = new AudioFormat(SAMPLE_RATE_HZ, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes), format, pcm.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    static int frames(long us) {
        return (int) (us * SAMPLE_RATE_HZ / 1_000_000);
    }
}
