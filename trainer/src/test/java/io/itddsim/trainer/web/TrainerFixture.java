package io.itddsim.trainer.web;

import io.itddsim.trainer.TestDrills;
import io.itddsim.trainer.Trainer;
import io.itddsim.trainer.tone.ToneLibrary;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;

/** A real trainer on a free loopback port, with the bundled drills and a data folder of the test's own. */
final class TrainerFixture implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final Trainer trainer;

    private TrainerFixture(Trainer trainer) {
        this.trainer = trainer;
    }

    static TrainerFixture start(Path data, int drillsPerSession) throws Exception {
        return start(data, drillsPerSession, null, null);
    }

    static TrainerFixture start(Path data, int drillsPerSession, String target, Path keyFile) throws Exception {
        return new TrainerFixture(Trainer.start(
                new Trainer.Options(0, data, target, keyFile, null, drillsPerSession),
                ToneLibrary.standard(),
                TestDrills.catalog(),
                Clock.systemUTC()));
    }

    URI address() {
        return trainer.address();
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(address().resolve(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws java.sql.SQLException {
        trainer.close();
    }
}
