package io.itddsim.sim.fault;

import io.itddsim.sim.hash.StateDigest;
import io.itddsim.sim.plant.GearTrain;
import io.itddsim.sim.random.SplitMix64;

/**
 * An intermittent stall (DOMAIN.md 4: the alarm comes and goes; one pump stalled three times in 3
 * days): {@code episodes} jams within {@code window}, each lasting between {@code episode_min} and
 * {@code episode_max}. The pattern is drawn from the fault's own random stream when the occurrence
 * begins: the window is cut into equal slots and each episode placed at random inside its own
 * slot, so the episodes never overlap and their number is exactly as asked.
 */
final class IntermittentStall extends FaultMechanism {
    private static final long serialVersionUID = 1L;
    private final GearTrain gears;
    private final SplitMix64 random;
    private final long torqueNnm;
    private final int episodes;
    private final long windowUs;
    private final long minEpisodeUs;
    private final long maxEpisodeUs;

    private long[] startsUs = new long[0];
    private long[] endsUs = new long[0];
    private int episode;
    private boolean jammed;
    private long endUs = Long.MAX_VALUE;

    IntermittentStall(
            GearTrain gears,
            SplitMix64 random,
            long torqueNnm,
            int episodes,
            long windowUs,
            long minEpisodeUs,
            long maxEpisodeUs) {
        this.gears = gears;
        this.random = random;
        this.torqueNnm = torqueNnm;
        this.episodes = episodes;
        this.windowUs = windowUs;
        this.minEpisodeUs = minEpisodeUs;
        this.maxEpisodeUs = maxEpisodeUs;
    }

    @Override
    void start(long nowUs) {
        long slotUs = windowUs / episodes;
        startsUs = new long[episodes];
        endsUs = new long[episodes];
        for (int i = 0; i < episodes; i++) {
            long lengthUs = random.nextLong(minEpisodeUs, maxEpisodeUs);
            startsUs[i] = nowUs + i * slotUs + random.nextLong(0, slotUs - lengthUs);
            endsUs[i] = startsUs[i] + lengthUs;
        }
        episode = 0;
        jammed = false;
        endUs = nowUs + windowUs;
        update(nowUs);
    }

    @Override
    void stop(long nowUs) {
        if (jammed) {
            setJammed(false);
        }
        episode = episodes;
    }

    @Override
    long nextUpdateUs(long nowUs) {
        if (episode >= episodes) {
            return Long.MAX_VALUE;
        }
        return jammed ? endsUs[episode] : startsUs[episode];
    }

    @Override
    void update(long nowUs) {
        while (episode < episodes) {
            if (!jammed && nowUs >= startsUs[episode]) {
                setJammed(true);
            } else if (jammed && nowUs >= endsUs[episode]) {
                setJammed(false);
                episode++;
            } else {
                return;
            }
        }
    }

    private void setJammed(boolean on) {
        gears.setBlockingTorqueNnm(gears.blockingTorqueNnm() + (on ? torqueNnm : -torqueNnm));
        jammed = on;
    }

    @Override
    long naturalEndUs() {
        return endUs;
    }

    /** Episode start times, sim us, as drawn (for tests and reports). */
    long[] episodeStartsUs() {
        return startsUs.clone();
    }

    @Override
    public void hashInto(StateDigest d) {
        d.add(episode).add(jammed).add(endUs).add(startsUs.length);
        for (int i = 0; i < startsUs.length; i++) {
            d.add(startsUs[i]).add(endsUs[i]);
        }
    }
}
