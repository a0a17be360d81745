package io.itddsim.trainer.tone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AnnunciationPattern;
import io.itddsim.sim.alarm.Tone;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.trainer.cli.TrainerMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code itdd alarms export --wav DIR}: the files sound as the model says, by spectral analysis. */
class WavExportTest {
    /** Analysis windows: 10 ms, so a tone boundary is placed within one window. */
    private static final long WINDOW_US = 10_000;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run itdd(String... args) {
        CommandLine cl = TrainerMain.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static double[] read(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            AudioFormat f = in.getFormat();
            assertEquals(WavWriter.SAMPLE_RATE_HZ, (int) f.getSampleRate());
            assertEquals(16, f.getSampleSizeInBits());
            assertEquals(1, f.getChannels());
            byte[] bytes = in.readAllBytes();
            double[] samples = new double[bytes.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8)) / 32768.0;
            }
            return samples;
        }
    }

    @Test
    @DisplayName(
            "each exported WAV file plays the model's tones: the same frequencies, in order, for the same durations")
    void wavFilesMatchTheModelBySpectralAnalysis() throws Exception {
        Run run = itdd("alarms", "export", "--wav", dir.resolve("sounds").toString());
        assertEquals(0, run.exit(), run.err());

        for (AlarmSeverity severity : AlarmSeverity.values()) {
            AnnunciationPattern model = AnnunciationPattern.of(severity, PumpProfile.synchroMed20ml());
            Path wav = dir.resolve("sounds").resolve(ToneLibrary.id(severity) + ".wav");
            assertTrue(run.out().contains(wav.toString()), run.out());
            double[] samples = read(wav);
            assertEquals(
                    model.durationUs(),
                    samples.length * 1_000_000L / WavWriter.SAMPLE_RATE_HZ,
                    severity + ": the file lasts exactly one playing");

            List<Spectrum.Segment> heard = Spectrum.segments(samples, WavWriter.SAMPLE_RATE_HZ, WINDOW_US);
            assertEquals(model.tones().size(), heard.size(), severity + ": " + heard);
            for (int i = 0; i < heard.size(); i++) {
                Tone expected = model.tones().get(i);
                Spectrum.Segment got = heard.get(i);
                assertEquals(expected.frequencyHz(), got.frequencyHz(), 2.0, severity + " tone " + i + " frequency");
                assertEquals(
                        expected.durationUs(), got.durationUs(), 2 * WINDOW_US, severity + " tone " + i + " duration");
            }
        }
    }

    @Test
    @DisplayName("the analysis itself tells a wrong frequency from the right one (it is not blind)")
    void analysisSeesAWrongFrequency() {
        SoundPattern wrong = new SoundPattern(
                AlarmSeverity.NON_CRITICAL, "x", "x", 1, 1_000_000, List.of(new ScheduledTone(1900, 0, 1_000_000)), "");
        short[] pcm = WavWriter.samples(wrong);
        double[] samples = new double[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            samples[i] = pcm[i] / 32768.0;
        }
        List<Spectrum.Segment> heard = Spectrum.segments(samples, WavWriter.SAMPLE_RATE_HZ, WINDOW_US);
        assertEquals(1, heard.size());
        assertEquals(1900, heard.get(0).frequencyHz(), 2.0);
    }

    @Test
    @DisplayName("export into a path that is a file exits 2 naming it, and writes nothing")
    void exportIntoAFileIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run run = itdd("alarms", "export", "--wav", file.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("not-a-folder") && run.err().contains("is a file"), run.err());
        assertEquals("x", Files.readString(file));
        assertFalse(Files.exists(dir.resolve("critical.wav")));
    }
}
