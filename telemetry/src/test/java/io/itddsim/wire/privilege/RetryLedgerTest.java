package io.itddsim.wire.privilege;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Reply;
import io.itddsim.proto.v1.Request;
import io.itddsim.proto.v1.Role;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import io.itddsim.wire.session.ReplyLedger;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The retry memory is per authenticated key, so no other client can flush it (issue 10, F5). */
class RetryLedgerTest {

    @Test
    @DisplayName("F5: 300 sessions under other names cannot push a clinician's bolus out of the retry memory")
    void manyClientNamesCannotFlushARetry() throws Exception {
        try (PumpServer server = PumpServer.builder(Pumps.config(Pacing.lockstep(), false), WireFixture.CREDENTIALS)
                .tcp(new InetSocketAddress("127.0.0.1", 0))
                .start()) {
            Request bolus = Pumps.bolus(4242, 40_000, 1_800_000_000L);
            Reply first;
            try (PumpClient clinician =
                    WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "programmer")) {
                first = clinician.send(bolus).get(20, TimeUnit.SECONDS);
            }
            // before the fix the ledger kept the last 256 client names: 300 new names flushed the clinician's
            for (int i = 0; i < 300; i++) {
                try (PumpClient other =
                        WireFixture.connect(server.tcpAddress(), WireFixture.PATIENT, Role.ROLE_PATIENT, "p-" + i)) {
                    other.call(Request.newBuilder()
                                    .setInterrogate(Pumps.interrogate(0).getInterrogate()))
                            .get(20, TimeUnit.SECONDS);
                }
            }
            Reply retry;
            try (PumpClient again =
                    WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_CLINICIAN, "renamed")) {
                retry = again.send(bolus).get(20, TimeUnit.SECONDS);
            }

            assertTrue(first.hasAck(), first.toString());
            assertEquals(first, retry);
            long boluses = server.host()
                    .read(s -> s.events().stream()
                            .filter(e -> e.type() == io.itddsim.sim.event.EventType.BOLUS_STARTED)
                            .count())
                    .get();
            assertEquals(1, boluses, "the retried bolus was started once");
            assertTrue(server.services().ledger().size(WireFixture.PATIENT.id()) <= ReplyLedger.IDS_PER_KEY);
        }
    }

    @Test
    @DisplayName("a key's ledger keeps its last 1,024 ids and no more, and an interrogation's report is not kept")
    void ledgerIsBoundedPerKey() {
        ReplyLedger ledger = new ReplyLedger();
        for (long id = 1; id <= 5_000; id++) {
            ledger.begin("k", Pumps.interrogate(id));
            ledger.record(
                    "k",
                    id,
                    Reply.newBuilder()
                            .setRequestId(id)
                            .setInterrogationReport(io.itddsim.proto.v1.InterrogationReport.newBuilder()
                                    .setLogNextIndex(id))
                            .build());
        }
        assertEquals(ReplyLedger.IDS_PER_KEY, ledger.size("k"));
        ReplyLedger.Entry retry = ledger.begin("k", Pumps.interrogate(5_000));
        Reply kept = ((ReplyLedger.Retry) retry).firstReply().join();
        assertEquals(Reply.ResultCase.RESULT_NOT_SET, kept.getResultCase(), "a retried interrogation reads afresh");
        assertTrue(ledger.begin("other", Pumps.interrogate(5_000)) instanceof ReplyLedger.New);
    }
}
