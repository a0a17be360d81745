package io.itddsim.sim.hash;

/** A part of the model that feeds all of its state, in a fixed order, into a digest. */
public interface StateHashable {
    void hashInto(StateDigest digest);
}
