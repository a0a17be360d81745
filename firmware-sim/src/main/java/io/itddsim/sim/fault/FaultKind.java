package io.itddsim.sim.fault;

import static io.itddsim.sim.fault.FaultParameter.fromProfile;
import static io.itddsim.sim.fault.FaultParameter.required;
import static io.itddsim.sim.fault.FaultParameter.withDefault;

import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.sim.event.EventType;
import io.itddsim.sim.plant.Plant;
import io.itddsim.sim.profile.ProfileParameter;
import java.util.List;
import java.util.Locale;

/**
 * The fault catalogue: every fault the bench can inject, grounded in the field reports of
 * DOMAIN.md, with the parameters it accepts, the firmware events that can reveal it, and the
 * mechanism it sets up on the plant. docs/FAULTS.md has one row per entry (kept true by a test).
 *
 * <p>Each entry acts on the plant only; the firmware learns of it, if at all, through its rotor
 * sensor and battery measurement, which is why several entries have no detector: the pump cannot
 * tell, and the field finds these clinically or at refill.
 */
public enum FaultKind {
    MOTOR_STALL_TRANSIENT(
            "a jam in the gear train that clears by itself after `duration`",
            "DOMAIN.md 4: stalls may recover (stall and stall-recovery are both logged)",
            Detectors.STALL,
            required("duration", FaultUnit.DURATION_US, 1_000_000L, 365 * Days.US, "how long the rotor cannot turn"),
            Params.BLOCKING_TORQUE),

    MOTOR_STALL_INTERMITTENT(
            "stalls that come and go in a seeded pattern: `episodes` within `window`",
            "DOMAIN.md 4: intermittent stalls, one pump stalled three times in 3 days at 64 months",
            Detectors.STALL,
            withDefault(
                    "episodes",
                    FaultUnit.COUNT,
                    1,
                    1_000,
                    3,
                    "[C] stall episodes in the window (three in the field case)"),
            withDefault(
                    "window",
                    FaultUnit.DURATION_US,
                    1_000_000L,
                    365 * Days.US,
                    3 * Days.US,
                    "[C] time over which the episodes fall (3 days in the field case)"),
            fromProfile(
                    "episode_min",
                    FaultUnit.DURATION_US,
                    ProfileParameter.INTERMITTENT_STALL_EPISODE_MIN_US,
                    "shortest episode"),
            fromProfile(
                    "episode_max",
                    FaultUnit.DURATION_US,
                    ProfileParameter.INTERMITTENT_STALL_EPISODE_MAX_US,
                    "longest episode; at most window / episodes"),
            Params.BLOCKING_TORQUE),

    MOTOR_STALL_PERMANENT(
            "a foreign particle jammed in the gear train for good",
            "DOMAIN.md 4 (permanent stalls) and the 2019 foreign-particle recall",
            Detectors.STALL,
            Params.BLOCKING_TORQUE),

    SHAFT_WEAR(
            "gear-train friction rising with shaft wear until the motor stalls",
            "DOMAIN.md 4: shaft wear 59% of returned stalled pumps; time since implant the only risk factor",
            Detectors.STALL,
            fromProfile(
                    "rate_ppm_per_day",
                    FaultUnit.PPM_PER_DAY,
                    ProfileParameter.SHAFT_WEAR_PPM_PER_DAY,
                    "friction factor rise per day (ppm of new)")),

    GEAR_CORROSION(
            "gear-train friction rising with drive-gear corrosion, faster with an off-label drug",
            "DOMAIN.md 4: gear corrosion 2% of returned stalled pumps; more stalls with off-label drugs",
            Detectors.STALL,
            fromProfile(
                    "rate_ppm_per_day",
                    FaultUnit.PPM_PER_DAY,
                    ProfileParameter.GEAR_CORROSION_PPM_PER_DAY,
                    "friction factor rise per day with an on-label drug"),
            new FaultParameter(
                    "off_label",
                    FaultUnit.FLAG,
                    0,
                    1,
                    null,
                    null,
                    "the drug is used off-label (corrosion x gear_corrosion_off_label_factor_ppm); default: from"
                            + " the drug the pump was filled with (DOMAIN.md 7)",
                    true)),

    FEEDTHROUGH_SHORT(
            "an internal short at the feedthrough: less drive torque and a constant battery drain",
            "DOMAIN.md 4: feedthrough short 14% of returned stalled pumps (2013 recall); stall or low battery reset",
            Detectors.BATTERY_OR_STALL,
            fromProfile(
                    "torque_loss_ppm",
                    FaultUnit.PPM,
                    ProfileParameter.FEEDTHROUGH_TORQUE_LOSS_PPM,
                    "share of drive current the short diverts"),
            fromProfile(
                    "short_current_na",
                    FaultUnit.CURRENT_NA,
                    ProfileParameter.FEEDTHROUGH_SHORT_CURRENT_NA,
                    "current the short draws from the battery")),

    MRI_EXPOSURE(
            "an MRI scan holds the rotor for `scan`, which may stay stuck `recovery_delay` longer",
            "DOMAIN.md 4: the field stops the rotor for the scan; recovery usually immediate, delayed 2-24 h",
            Detectors.STALL,
            fromProfile("scan", FaultUnit.DURATION_US, ProfileParameter.MRI_SCAN_US, "time in the scanner's field"),
            withDefault(
                    "recovery_delay",
                    FaultUnit.DURATION_US,
                    0,
                    24 * Days.HOUR_US,
                    0,
                    "[C] extra time the rotor stays stuck after the scan (0 to 24 h)")),

    OVER_INFUSION(
            "the stroke volume rises: suddenly by `onset_ppm`, then steadily, up to `max_ppm`",
            "DOMAIN.md 5: 2014 notice, the rate may keep rising, sometimes suddenly; found at refill",
            Detectors.VOLUME,
            withDefault("onset_ppm", FaultUnit.PPM, 0, 10_000_000, 0, "sudden rise when it begins"),
            fromProfile(
                    "rate_ppm_per_day",
                    FaultUnit.PPM_PER_DAY,
                    ProfileParameter.OVER_INFUSION_RATE_PPM_PER_DAY,
                    "steady rise per day"),
            fromProfile("max_ppm", FaultUnit.PPM, ProfileParameter.OVER_INFUSION_MAX_PPM, "ceiling of the rise")),

    ROLLER_OCCLUSION_LOSS(
            "rollers that no longer seal: the reservoir's pressure drives free flow, even while the motor rests",
            "DOMAIN.md 5: over-infusion; the reservoir estimate is computed, not measured",
            Detectors.VOLUME,
            fromProfile(
                    "free_flow",
                    FaultUnit.VOLUME_RATE_NL_PER_DAY,
                    ProfileParameter.FREE_FLOW_NL_PER_DAY,
                    "flow through the unsealed pump")),

    OVER_INFUSION_AFTER_STOP(
            "after the rotor stood still for `min_stop` or more, the stroke volume rises by `gain_ppm`",
            "DOMAIN.md 4, 5: stopped or stalled > 48 h is a risk factor for later over-infusion (HSA 2016)",
            Detectors.VOLUME,
            fromProfile(
                    "min_stop",
                    FaultUnit.DURATION_US,
                    ProfileParameter.STOP_RISK_MIN_STOP_US,
                    "stop length that counts"),
            fromProfile(
                    "gain_ppm",
                    FaultUnit.PPM,
                    ProfileParameter.STOP_RISK_GAIN_PPM,
                    "stroke-volume rise per such stop")),

    CATHETER_OCCLUSION(
            "a complete occlusion: pressure builds behind it; a bolus when it clears",
            "DOMAIN.md 5: catheter occlusion -> under-dose and withdrawal",
            Detectors.UNDER_INFUSION),

    CATHETER_KINK(
            "a kink: a partial obstruction of `resistance_factor` times the open resistance",
            "DOMAIN.md 5: catheter kink -> under-dose",
            Detectors.UNDER_INFUSION,
            fromProfile(
                    "resistance_factor",
                    FaultUnit.FACTOR,
                    ProfileParameter.KINK_RESISTANCE_FACTOR,
                    "resistance times the open catheter's")),

    CATHETER_DISCONNECTION(
            "the catheter comes off the pump: everything pumped goes to the tissue",
            "DOMAIN.md 5: disconnection -> under-dose and withdrawal",
            Detectors.NONE),

    CATHETER_LEAK(
            "a leak at the connector or a cracked catheter: a share of the flow goes to the tissue",
            "DOMAIN.md 5: catheter breakage -> under-dose",
            Detectors.NONE,
            fromProfile("leak_ppm", FaultUnit.PPM, ProfileParameter.CATHETER_LEAK_PPM, "share lost to the tissue")),

    GRANULOMA(
            "an inflammatory mass at the catheter tip whose resistance grows for months",
            "DOMAIN.md 5: granuloma 8.7% with hydromorphone, mean 35 months",
            Detectors.UNDER_INFUSION,
            fromProfile(
                    "growth_per_day",
                    FaultUnit.FACTOR_PER_DAY,
                    ProfileParameter.GRANULOMA_GROWTH_PER_DAY,
                    "tip resistance growth per day, times the open catheter's")),

    BATTERY_RESISTIVE_FILM(
            "the battery's internal resistance rises: its voltage sags under the motor's current",
            "DOMAIN.md 1: resistive-film defect (TGA 2017); low battery reset is a critical alarm",
            Detectors.BATTERY_OR_STALL,
            withDefault(
                    "initial_rise_mohm",
                    FaultUnit.RESISTANCE_MOHM,
                    0,
                    1_000_000_000L,
                    0,
                    "rise at once when it begins"),
            fromProfile(
                    "growth_mohm_per_day",
                    FaultUnit.RESISTANCE_MOHM_PER_DAY,
                    ProfileParameter.BATTERY_FILM_GROWTH_MOHM_PER_DAY,
                    "rise per day after")),

    BATTERY_PREMATURE_DEPLETION(
            "the battery loses charge internally and reaches ERI and end of service early",
            "DOMAIN.md 1: 2011 advisory, premature battery depletion; ERI to EOS can be shortened",
            Detectors.DEPLETION,
            fromProfile(
                    "parasitic_current_na",
                    FaultUnit.CURRENT_NA,
                    ProfileParameter.BATTERY_PARASITIC_CURRENT_NA,
                    "charge lost inside the cell, as a current")),

    NVM_LOG_CORRUPTION(
            "bits flip in written records of the event log in non-volatile memory",
            "DOMAIN.md 3: pump memory error is a critical alarm",
            Detectors.MEMORY,
            Params.BITS),

    NVM_PRESCRIPTION_CORRUPTION(
            "bits flip in the prescription stored in non-volatile memory",
            "DOMAIN.md 3: pump memory error is a critical alarm",
            Detectors.MEMORY,
            Params.BITS),

    REFILL_POCKET_FILL(
            "while active, refill needles end in the tissue pocket instead of the reservoir",
            "DOMAIN.md 5: pocket fill, up to ~1 in 10,000 refills, 8 deaths 1996-2010 (FDA MedSun)",
            Detectors.REFILL),

    REFILL_CATHETER_PORT(
            "while active, refills go through the catheter access port straight to the spinal fluid",
            "DOMAIN.md 5: wrong-port injection, fatal overdoses reported (ISMP)",
            Detectors.REFILL),

    REFILL_WRONG_CONCENTRATION(
            "while active, refill syringes hold another concentration than labelled and entered",
            "DOMAIN.md 5, 6: the clinician enters the concentration; the pump cannot check it",
            Detectors.NONE,
            required(
                    "concentration_ppm",
                    FaultUnit.PPM,
                    1,
                    100_000_000,
                    "the syringe's true concentration, in ppm of its label (2000000: twice as strong)"));

    private final String summary;
    private final String source;
    private final List<Detector> detectors;
    private final List<FaultParameter> parameters;

    FaultKind(String summary, String source, List<Detector> detectors, FaultParameter... parameters) {
        this.summary = summary;
        this.source = source;
        this.detectors = detectors;
        this.parameters = List.of(parameters);
    }

    /** Scenario and wire spelling: {@code motor_stall_transient}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One line: what the fault is. */
    public String summary() {
        return summary;
    }

    /** Where in DOMAIN.md (and the field) it comes from. */
    public String source() {
        return source;
    }

    /** Firmware events that reveal it; empty when the pump cannot tell. */
    public List<Detector> detectors() {
        return detectors;
    }

    public List<FaultParameter> parameters() {
        return parameters;
    }

    public FaultParameter parameter(String key) {
        for (FaultParameter p : parameters) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }

    /** How long an occurrence lasts. */
    public enum Span {
        /** Until its {@code for} runs out, it is cleared, or the run ends. */
        OPEN,
        /** Its own parameters say (a transient stall, an MRI scan); {@code for} is refused. */
        OWN,
        /** It happens in an instant and its damage stays (a bit flip); {@code for} is refused. */
        INSTANT
    }

    public Span span() {
        return switch (this) {
            case MOTOR_STALL_TRANSIENT, MOTOR_STALL_INTERMITTENT, MRI_EXPOSURE -> Span.OWN;
            case NVM_LOG_CORRUPTION, NVM_PRESCRIPTION_CORRUPTION -> Span.INSTANT;
            default -> Span.OPEN;
        };
    }

    /**
     * True when the damage an occurrence did stays after it ends (docs/FAULTS.md, "Detection"): a
     * worn or corroded gear train, a risen stroke volume, a grown granuloma or resistive film, charge
     * lost inside the cell, a flipped bit. A detector event long after such an occurrence ended may
     * still be its effect; for every other fault the condition lifts when the occurrence ends.
     */
    public boolean damageStays() {
        return switch (this) {
            case SHAFT_WEAR,
                    GEAR_CORROSION,
                    OVER_INFUSION,
                    OVER_INFUSION_AFTER_STOP,
                    GRANULOMA,
                    BATTERY_RESISTIVE_FILM,
                    BATTERY_PREMATURE_DEPLETION,
                    NVM_LOG_CORRUPTION,
                    NVM_PRESCRIPTION_CORRUPTION -> true;
            default -> false;
        };
    }

    /** True for faults whose occurrences end by themselves, which therefore refuse {@code for}. */
    public boolean endsByItself() {
        return span() != Span.OPEN;
    }

    /** How long an occurrence lasts by itself with these values; {@code Long.MAX_VALUE} when open-ended. */
    long naturalDurationUs(FaultValues v) {
        return switch (this) {
            case MOTOR_STALL_TRANSIENT -> v.get("duration");
            case MOTOR_STALL_INTERMITTENT -> v.get("window");
            case MRI_EXPOSURE -> v.get("scan") + v.get("recovery_delay");
            case NVM_LOG_CORRUPTION, NVM_PRESCRIPTION_CORRUPTION -> 0;
            default -> Long.MAX_VALUE;
        };
    }

    /** By scenario spelling; null when there is none. */
    public static FaultKind byKey(String key) {
        for (FaultKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        return null;
    }

    /** Sets up the mechanism on the plant; nothing acts until it is started. */
    FaultMechanism create(FaultValues v, FaultTarget t) {
        Plant plant = t.plant();
        return switch (this) {
            case MOTOR_STALL_TRANSIENT -> new GearJam(plant.gears(), v.get("blocking_torque_nnm"), v.get("duration"));
            case MOTOR_STALL_INTERMITTENT ->
                new IntermittentStall(
                        plant.gears(),
                        t.random(),
                        v.get("blocking_torque_nnm"),
                        (int) v.get("episodes"),
                        v.get("window"),
                        v.get("episode_min"),
                        v.get("episode_max"));
            case MOTOR_STALL_PERMANENT -> new GearJam(plant.gears(), v.get("blocking_torque_nnm"), Long.MAX_VALUE);
            case SHAFT_WEAR -> new GearFrictionRise(t.profile(), plant.gears(), v.get("rate_ppm_per_day"));
            case GEAR_CORROSION ->
                new GearFrictionRise(
                        t.profile(),
                        plant.gears(),
                        v.flag("off_label")
                                ? Math.multiplyExact(
                                                v.get("rate_ppm_per_day"),
                                                t.profile().get(ProfileParameter.GEAR_CORROSION_OFF_LABEL_FACTOR_PPM))
                                        / 1_000_000
                                : v.get("rate_ppm_per_day"));
            case FEEDTHROUGH_SHORT ->
                new FeedthroughShort(
                        plant.motor(), plant.battery(), v.get("torque_loss_ppm"), v.get("short_current_na"));
            case MRI_EXPOSURE -> new MriExposure(plant.motor(), plant.field(), v.get("scan"), v.get("recovery_delay"));
            case OVER_INFUSION ->
                new StrokeVolumeDrift(
                        t.profile(), plant.rotor(), v.get("onset_ppm"), v.get("rate_ppm_per_day"), v.get("max_ppm"));
            case ROLLER_OCCLUSION_LOSS -> new FreeFlow(t.profile(), plant.flow(), v.get("free_flow"));
            case OVER_INFUSION_AFTER_STOP ->
                new OverInfusionAfterStop(
                        t.profile(), plant.motor(), plant.rotor(), v.get("min_stop"), v.get("gain_ppm"));
            case CATHETER_OCCLUSION -> new CatheterOcclusion(plant.flow());
            case CATHETER_KINK -> new CatheterKink(plant.flow(), v.get("resistance_factor"));
            case CATHETER_DISCONNECTION -> new CatheterLeak(plant.flow(), 1_000_000);
            case CATHETER_LEAK -> new CatheterLeak(plant.flow(), v.get("leak_ppm"));
            case GRANULOMA -> new GranulomaGrowth(t.profile(), plant.flow(), v.get("growth_per_day"));
            case BATTERY_RESISTIVE_FILM ->
                new ResistiveFilm(
                        t.profile(), plant.battery(), v.get("initial_rise_mohm"), v.get("growth_mohm_per_day"));
            case BATTERY_PREMATURE_DEPLETION -> new ParasiticDrain(plant.battery(), v.get("parasitic_current_na"));
            case NVM_LOG_CORRUPTION ->
                new NvmCorruption(
                        t.profile(), plant.nvm(), t.random(), NvmCorruption.Region.EVENT_LOG, (int) v.get("bits"));
            case NVM_PRESCRIPTION_CORRUPTION ->
                new NvmCorruption(
                        t.profile(), plant.nvm(), t.random(), NvmCorruption.Region.PRESCRIPTION, (int) v.get("bits"));
            case REFILL_POCKET_FILL -> new RefillError(plant.refillAccess(), RefillError.Kind.POCKET_FILL, 0);
            case REFILL_CATHETER_PORT -> new RefillError(plant.refillAccess(), RefillError.Kind.CATHETER_PORT, 0);
            case REFILL_WRONG_CONCENTRATION ->
                new RefillError(plant.refillAccess(), RefillError.Kind.WRONG_CONCENTRATION, v.get("concentration_ppm"));
        };
    }

    /** Parameters several entries share. */
    private static final class Params {
        static final FaultParameter BLOCKING_TORQUE = fromProfile(
                "blocking_torque_nnm",
                FaultUnit.TORQUE_NNM,
                ProfileParameter.STALL_BLOCKING_TORQUE_NNM,
                "torque of the jam at the motor shaft");
        static final FaultParameter BITS = withDefault(
                "bits", FaultUnit.COUNT, 1, 64, 1, "bits flipped, each in a byte drawn from the fault's stream");
    }

    private static final class Days {
        static final long HOUR_US = 3_600_000_000L;
        static final long US = 24 * HOUR_US;
    }

    /** The detector sets, by what a fault does to what the firmware senses. */
    private static final class Detectors {
        /** The rotor stops turning: only a driven step without a rotor pulse reveals it. */
        static final List<Detector> STALL =
                List.of(Detector.event(EventType.MOTOR_STALL), Detector.alarm(AlarmType.MOTOR_STALL));
        /** The battery sags or drains, or the motor loses torque. */
        static final List<Detector> BATTERY_OR_STALL = List.of(
                Detector.event(EventType.MOTOR_STALL),
                Detector.alarm(AlarmType.MOTOR_STALL),
                Detector.event(EventType.LOW_BATTERY_RESET),
                Detector.alarm(AlarmType.LOW_BATTERY_RESET),
                Detector.event(EventType.BATTERY_ERI),
                Detector.alarm(AlarmType.ELECTIVE_REPLACEMENT),
                Detector.event(EventType.BATTERY_EOS),
                Detector.alarm(AlarmType.END_OF_SERVICE));
        /** The battery drains early. */
        static final List<Detector> DEPLETION = List.of(
                Detector.event(EventType.BATTERY_ERI),
                Detector.alarm(AlarmType.ELECTIVE_REPLACEMENT),
                Detector.event(EventType.BATTERY_EOS),
                Detector.alarm(AlarmType.END_OF_SERVICE),
                Detector.event(EventType.LOW_BATTERY_RESET),
                Detector.alarm(AlarmType.LOW_BATTERY_RESET));
        /** The reservoir empties at another rate than counted: only a refill's volume check shows it. */
        static final List<Detector> VOLUME = List.of(Detector.event(EventType.REFILL_DISCREPANCY));
        /**
         * Less leaves the reservoir than counted (roller slip): a refill's volume check; the raised
         * pressure stalls the motor only in a pump whose torque margin is already small.
         */
        static final List<Detector> UNDER_INFUSION = List.of(
                Detector.event(EventType.REFILL_DISCREPANCY),
                Detector.event(EventType.MOTOR_STALL),
                Detector.alarm(AlarmType.MOTOR_STALL));
        /** The firmware's CRC checks of its memory (daily scrub, interrogation). */
        static final List<Detector> MEMORY =
                List.of(Detector.event(EventType.MEMORY_ERROR), Detector.alarm(AlarmType.PUMP_MEMORY_ERROR));
        /** The refill's volume check: the syringe drew nothing back from a reservoir it never reached. */
        static final List<Detector> REFILL = List.of(Detector.event(EventType.REFILL_DISCREPANCY));
        /** Nothing the pump senses changes. */
        static final List<Detector> NONE = List.of();
    }
}
