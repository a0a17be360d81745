package io.itddsim.wire.tcp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.ClinicalStateKind;
import io.itddsim.proto.v1.Envelope;
import io.itddsim.proto.v1.PatientSample;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.proto.v1.StatusSample;
import io.itddsim.proto.v1.StreamKind;
import io.itddsim.proto.v1.Subscribe;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.PumpProfile;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.HostConfig;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.host.PumpIdentities;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.PreSharedKey;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The simulated patient on the wire, over real loopback TCP: a status sample carries it to bench
 * sessions only, since it is ground truth no pump or clinician could have.
 */
class PatientStreamTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Sim time the bench steps to: past the patient's first grid instant (60 s), on a sample instant. */
    private static final long UNTIL_US = 61_000_000;
    /** Few enough samples that no session falls behind and has samples conflated. */
    private static final long SAMPLE_INTERVAL_US = 10_000_000;

    private PumpServer server;
    private final List<PumpClient> clients = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(PumpClient::close);
        if (server != null) {
            server.close();
        }
    }

    private List<Envelope> subscribed(PreSharedKey key, Role role) throws Exception {
        PumpClient client = WireFixture.connect(server.tcpAddress(), key, role, role.name());
        clients.add(client);
        List<Envelope> samples = new CopyOnWriteArrayList<>();
        client.onStream(e -> {
            if (e.hasStatusSample()) {
                samples.add(e);
            }
        });
        assertTrue(client.call(Request.newBuilder()
                        .setSubscribe(Subscribe.newBuilder()
                                .addKinds(StreamKind.STREAM_KIND_STATUS)
                                .setStatusMinIntervalUs(SAMPLE_INTERVAL_US)))
                .get(20, TimeUnit.SECONDS)
                .hasAck());
        return samples;
    }

    private static StatusSample at(List<Envelope> samples, long simTimeUs) {
        return samples.stream()
                .filter(e -> e.getSimTimeUs() == simTimeUs)
                .findFirst()
                .orElseThrow()
                .getStatusSample();
    }

    @Test
    @DisplayName("bench sessions see the patient in every status sample; clinician and observer sessions never do")
    void onlyTheBenchSeesThePatient() throws Exception {
        HostConfig config = HostConfig.of(
                Pumps.morphineSetup().withPatient(PatientSetup.onPrescription(70_000)),
                PumpIdentities.of(PumpProfile.synchroMed20ml(), Pumps.SERIAL, true),
                Pacing.lockstep());
        server = PumpServer.builder(config, WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start();
        List<Envelope> bench = subscribed(WireFixture.BENCH, Role.ROLE_BENCH);
        List<Envelope> clinician = subscribed(WireFixture.CLINIC, Role.ROLE_CLINICIAN);
        List<Envelope> observer = subscribed(WireFixture.CLINIC, Role.ROLE_OBSERVER);

        PumpClient stepper = clients.get(0);
        assertTrue(stepper.call(Pumps.step(0, UNTIL_US / 1_000).toBuilder())
                .get(20, TimeUnit.SECONDS)
                .hasStepDone());
        long lastSampleUs = 60_000_000;
        await().atMost(PATIENCE).untilAsserted(() -> {
            for (List<Envelope> received : List.of(bench, clinician, observer)) {
                assertTrue(received.stream().anyMatch(e -> e.getSimTimeUs() == lastSampleUs), "all samples arrived");
            }
        });

        assertEquals(7, bench.size(), "one sample every 10 s from 0 to 60 s");
        assertTrue(bench.stream().allMatch(e -> e.getStatusSample().hasPatient()), "every bench sample");
        assertFalse(clinician.stream().anyMatch(e -> e.getStatusSample().hasPatient()), "no clinician sample");
        assertFalse(observer.stream().anyMatch(e -> e.getStatusSample().hasPatient()), "no observer sample");

        PatientSample patient = at(bench, lastSampleUs).getPatient();
        assertEquals("morphine", patient.getDrug());
        assertEquals(70_000, patient.getWeightG());
        assertEquals(60_000_000, patient.getAsOfUs(), "as of the patient's last grid instant");
        assertTrue(patient.getCsfPgPerMl() > 10_000_000, "5 mg/day at steady state: " + patient.getCsfPgPerMl());
        assertEquals(
                ClinicalStateKind.CLINICAL_STATE_KIND_THERAPEUTIC_EFFECT,
                patient.getStates(0).getKind());
        assertEquals(2, patient.getStates(0).getGrade());
        assertEquals(3, patient.getStatesCount());
        // apart from the patient, everyone sees the same sample
        assertEquals(at(bench, lastSampleUs).toBuilder().clearPatient().build(), at(clinician, lastSampleUs));
        assertEquals(at(clinician, lastSampleUs), at(observer, lastSampleUs));
    }
}
