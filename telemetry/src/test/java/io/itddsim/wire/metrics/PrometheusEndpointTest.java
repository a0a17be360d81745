package io.itddsim.wire.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.itddsim.proto.v1.Role;
import io.itddsim.wire.Pumps;
import io.itddsim.wire.WireFixture;
import io.itddsim.wire.client.PumpClient;
import io.itddsim.wire.host.Pacing;
import io.itddsim.wire.server.PumpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PrometheusEndpointTest {

    @Test
    @DisplayName("a scrape shows ticks, sessions, frames by type, drops by reason and tick lateness")
    void scrapeShowsTheWireAndTheLoop() throws Exception {
        PrometheusMeterRegistry registry = PrometheusEndpoint.newRegistry();
        try (PumpServer server = PumpServer.builder(Pumps.config(Pacing.realTime(1000), false), WireFixture.CREDENTIALS)
                        .metrics(new WireMetrics(registry))
                        .tcp(new InetSocketAddress("127.0.0.1", 0))
                        .start();
                PrometheusEndpoint endpoint =
                        PrometheusEndpoint.start(new InetSocketAddress("127.0.0.1", 0), registry);
                PumpClient client =
                        WireFixture.connect(server.tcpAddress(), WireFixture.CLINIC, Role.ROLE_OBSERVER, "observer")) {
            client.call(Pumps.interrogate(0).toBuilder()).get(20, TimeUnit.SECONDS);
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + endpoint.address().getPort());

            HttpResponse<String> scrape = http.send(
                    HttpRequest.newBuilder(base.resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> elsewhere =
                    http.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, scrape.statusCode());
            String text = scrape.body();
            assertTrue(text.contains("itdd_pump_ticks_total"), text);
            assertTrue(text.contains("itdd_wire_sessions{transport=\"tcp\"} 1.0"), text);
            assertTrue(text.contains("itdd_wire_frames_in_total{transport=\"tcp\",type=\"request\"} 1.0"), text);
            assertTrue(
                    text.contains("itdd_wire_frames_dropped_total{reason=\"oversize\",transport=\"tcp\"} 0.0"), text);
            assertTrue(text.contains("itdd_pump_tick_lateness_seconds{quantile=\"0.99\"}"), text);
            assertEquals(404, elsewhere.statusCode());
        }
    }

    @Test
    @DisplayName("F8: a client that sends half a request holds up no other scrape, and is cut off after the timeout")
    void halfARequestBlocksNobody() throws Exception {
        PrometheusMeterRegistry registry = PrometheusEndpoint.newRegistry();
        try (PrometheusEndpoint endpoint = PrometheusEndpoint.start(
                        new InetSocketAddress("127.0.0.1", 0), registry, java.time.Duration.ofMillis(500));
                java.net.Socket stalled =
                        new java.net.Socket("127.0.0.1", endpoint.address().getPort())) {
            stalled.getOutputStream().write("GET /metr".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(java.time.Duration.ofSeconds(5))
                    .build();
            URI metrics = URI.create("http://127.0.0.1:" + endpoint.address().getPort() + "/metrics");

            for (int i = 0; i < 10; i++) {
                HttpResponse<String> scrape = http.send(
                        HttpRequest.newBuilder(metrics)
                                .timeout(java.time.Duration.ofSeconds(20))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, scrape.statusCode());
            }

            stalled.setSoTimeout(20_000);
            assertEquals(-1, stalled.getInputStream().read(), "the stalled client was cut off");
        }
    }
}
