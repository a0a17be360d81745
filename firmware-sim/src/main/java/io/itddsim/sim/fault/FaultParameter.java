package io.itddsim.sim.fault;

import io.itddsim.sim.profile.ProfileParameter;
import io.itddsim.sim.profile.PumpProfile;

/**
 * One parameter a catalogue entry accepts: its key, unit, allowed range, and where its default
 * comes from. A default that is an assumption about the pump is a profile parameter (so it is
 * documented in docs/MODEL.md with its source tag and can be overridden for a whole pump); a
 * parameter with no sensible default is required.
 *
 * @param key          the spelling in a scenario file and on the wire, e.g. {@code duration}
 * @param unit         the unit of the value
 * @param min          smallest allowed value
 * @param max          largest allowed value
 * @param fromProfile  the profile parameter that gives the default, or null
 * @param fixedDefault the default when there is no profile parameter, or null when required
 * @param meaning      what it sets, for messages and docs/FAULTS.md
 * @param defaultFromDrug the default is whether the drug the pump was filled with is off-label
 */
public record FaultParameter(
        String key,
        FaultUnit unit,
        long min,
        long max,
        ProfileParameter fromProfile,
        Long fixedDefault,
        String meaning,
        boolean defaultFromDrug)
        implements java.io.Serializable {

    static FaultParameter required(String key, FaultUnit unit, long min, long max, String meaning) {
        return new FaultParameter(key, unit, min, max, null, null, meaning, false);
    }

    static FaultParameter fromProfile(String key, FaultUnit unit, ProfileParameter p, String meaning) {
        return new FaultParameter(key, unit, p.min(), p.max(), p, null, meaning, false);
    }

    static FaultParameter withDefault(String key, FaultUnit unit, long min, long max, long value, String meaning) {
        return new FaultParameter(key, unit, min, max, null, value, meaning, false);
    }

    public boolean isRequired() {
        return fromProfile == null && fixedDefault == null && !defaultFromDrug;
    }

    /** The default on this pump; only for parameters that are not required. */
    long defaultOn(PumpProfile profile, boolean offLabelDrug) {
        if (defaultFromDrug) {
            return offLabelDrug ? 1 : 0;
        }
        return fromProfile != null ? profile.get(fromProfile) : fixedDefault;
    }
}
