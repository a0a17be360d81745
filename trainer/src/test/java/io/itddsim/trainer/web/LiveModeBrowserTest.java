package io.itddsim.trainer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.bench.scenario.ScenarioLoader;
import io.itddsim.proto.v1.FaultArm;
import io.itddsim.proto.v1.PumpIdentity;
import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.Step;
import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AnnunciationPattern;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.client.ClientOptions;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.client.TcpClientLink;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.Credentials;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Live mode against a real pump host on loopback: an instructor arms a motor stall from the bench,
 * and the classroom's page plays the critical alarm the pump raises.
 */
class LiveModeBrowserTest {
    private static final String KEYS = """
            keys:
              classroom:
                secret: 000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
                roles: [observer]
              bench:
                secret: 1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100
                roles: [bench]
            """;

    @TempDir
    Path dir;

    private PumpServer pump;
    private TrainerFixture trainer;
    private Browser browser;
    private PumpClient bench;

    @BeforeEach
    void start() throws Exception {
        Path keyFile = Files.writeString(dir.resolve("keys.yaml"), KEYS);
        // like ssh, the pump and its clients refuse a key file others may read
        Files.setPosixFilePermissions(keyFile, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        var scenario = ScenarioLoader.load(Path.of("..", "scenarios", "bolus-day.yaml"));
        HostConfig config = HostConfig.of(
                scenario.setup(),
                PumpIdentity.newBuilder()
                        .setSerialNumber("CLASSROOM-1")
                        .setTestMode(true)
                        .build(),
                Pacing.lockstep());
        Credentials credentials = Credentials.load(keyFile);
        pump = PumpServer.builder(config, credentials)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
        InetSocketAddress address = pump.tcpAddress();
        trainer = TrainerFixture.start(dir.resolve("data"), 5, "tcp://127.0.0.1:" + address.getPort(), keyFile);
        bench = PumpClient.connect(
                TcpClientLink.to(address),
                ClientOptions.of(credentials.key("bench").orElseThrow(), Role.ROLE_BENCH, "instructor"));
        browser = Browser.open();
    }

    @AfterEach
    void stop() throws Exception {
        browser.close();
        bench.close();
        trainer.close();
        pump.close();
    }

    private Reply call(Request.Builder request) throws Exception {
        return bench.call(request).get(30, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> scheduled() {
        return (List<Map<String, Object>>) browser.js("return window.itddScheduledTones");
    }

    @Test
    @DisplayName(
            "a stall armed from the bench sounds in the classroom: the page plays the model's critical pattern with a caption")
    void benchFaultPlaysInTheClassroom() throws Exception {
        browser.get(trainer.address(), "live.html");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "connected"));
        browser.tabToId("listen");
        browser.press(Keys.ENTER);
        assertEquals("Stop listening", browser.text("listen"));

        Reply armed = call(Request.newBuilder()
                .setFaultArm(FaultArm.newBuilder()
                        .setFault("motor_stall_permanent")
                        .putParameters("name", "instructor-jam")));
        assertTrue(armed.hasAck(), armed.toString());
        Reply stepped = call(Request.newBuilder().setStep(Step.newBuilder().setTicks(120_000))); // two minutes
        assertTrue(stepped.hasStepDone(), stepped.toString());

        browser.waitFor(d -> scheduled().size() >= 6);
        List<Map<String, Object>> tones = scheduled().subList(0, 6);
        AnnunciationPattern model = AnnunciationPattern.of(AlarmSeverity.CRITICAL, PumpProfile.synchroMed20ml());
        long at = 0;
        for (int i = 0; i < 6; i++) {
            assertEquals("critical", tones.get(i).get("pattern"));
            assertEquals(
                    model.tones().get(i).frequencyHz(), ((Number) tones.get(i).get("frequencyHz")).longValue());
            assertEquals(at, ((Number) tones.get(i).get("startUs")).longValue());
            at += model.tones().get(i).durationUs();
        }
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("caption"), "Critical alarm, Motor stall"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("events"), "Motor stall"));
        assertTrue(browser.text("events").contains("annunciated"), browser.text("events"));
        browser.screenshot("live");
    }
}
