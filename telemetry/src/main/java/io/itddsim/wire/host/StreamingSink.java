package io.itddsim.wire.host;

import io.itddsim.sim.alarm.AlarmState;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.alarm.Annunciation;
import io.itddsim.sim.engine.SimulationSink;
import io.itddsim.sim.event.PumpEvent;
import io.itddsim.sim.status.PumpStatus;
import io.itddsim.wire.mapping.AlarmEvents;
import io.itddsim.wire.mapping.EventMapping;
import io.itddsim.wire.mapping.StatusSamples;
import java.util.EnumMap;

/**
 * The simulator's output, turned into wire messages on the sim thread. It sees only the values
 * the model hands over; the raise time of each alarm is remembered from its state changes, so an
 * annunciation can name it.
 */
final class StreamingSink implements SimulationSink {
    private final EnumMap<AlarmType, Long> raisedUs = new EnumMap<>(AlarmType.class);
    private final PumpStreams streams;
    private final LinkFaultSwitch linkFaults;

    StreamingSink(PumpStreams streams, LinkFaultSwitch linkFaults) {
        this.streams = streams;
        this.linkFaults = linkFaults;
    }

    @Override
    public void onEvent(long index, PumpEvent event) {
        streams.logEvent(event.timeUs(), EventMapping.entry(index, event));
    }

    @Override
    public void onAlarm(long timeUs, AlarmType type, AlarmState state, long raisedAtUs) {
        if (state == AlarmState.CLEARED) {
            raisedUs.remove(type);
        } else {
            raisedUs.put(type, raisedAtUs);
        }
        streams.alarm(timeUs, AlarmEvents.stateChange(timeUs, type, state, raisedAtUs));
    }

    @Override
    public void onAnnunciation(Annunciation annunciation) {
        if (annunciation.test()) {
            streams.alarm(
                    annunciation.timeUs(),
                    AlarmEvents.test(annunciation.pattern().severity()));
            return;
        }
        for (AlarmType type : annunciation.alarms()) {
            streams.alarm(annunciation.timeUs(), AlarmEvents.annunciated(type, raisedUs.getOrDefault(type, 0L)));
        }
    }

    @Override
    public void onSample(PumpStatus status) {
        if (streams.wantsStatus()) {
            streams.status(status.simTimeUs(), StatusSamples.of(status, linkFaults.armed()));
        }
    }
}
