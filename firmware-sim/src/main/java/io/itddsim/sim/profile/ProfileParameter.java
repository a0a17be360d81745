package io.itddsim.sim.profile;

/**
 * Every number the pump model uses, with its unit, its default, the range an override may take,
 * and its source tag from DOMAIN.md: [C] confirmed by a public source, [S] from the seed
 * documents, [A] an assumption of ours (the reason is given). docs/MODEL.md lists the same table;
 * a test keeps the two in step.
 *
 * <p>Defaults are for the 20 mL profile; {@link PumpProfile#synchroMed40ml()} overrides what
 * differs for the 40 mL reservoir.
 */
public enum ProfileParameter {

    // ---- loop
    TICK_US(
            "us",
            1_000,
            100,
            100_000,
            "[A] fixed step of the loop; 1 ms resolves a 2 ms motor step (DESIGN.md default)"),

    // ---- reservoir
    RESERVOIR_CAPACITY_NL(
            "nL", 20_000_000, 1_000_000, 100_000_000, "[C] FDA recall notice 2013: 20 mL (8637-20) or 40 mL (8637-40)"),
    RESERVOIR_PRESSURE_PA(
            "Pa",
            26_700,
            0,
            100_000,
            "[C] 155-261 mmHg propellant pressure (Kent et al. 2025 summary); 200 mmHg chosen, held"
                    + " constant because a two-phase propellant keeps its vapour pressure as volume changes [A]"),

    // ---- motor, gear train, rotor
    MOTOR_STEPS_PER_REV(
            "steps",
            24,
            4,
            400,
            "[A] small stepper of a watch-type drive; sets the shaft angle per step for the pressure torque"),
    MOTOR_STEPS_PER_ROTOR_REV(
            "steps", 2_880, 24, 100_000, "[A] 24 steps/rev x 120:1 gear train: the rotor turns slowly and precisely"),
    ROTOR_ROLLERS("rollers", 3, 1, 8, "[A] three rollers is the common peristaltic layout"),
    ROLLER_PASS_VOLUME_NL(
            "nL",
            4_800,
            100,
            100_000,
            "[A] stroke volume per roller pass: 60 degrees of rotor travel is then 2.4 uL, 'a few"
                    + " microlitres' as the fluoroscopic rotor study implies (DOMAIN.md 1)"),
    STROKE_MOTOR_STEPS(
            "steps",
            48,
            1,
            10_000,
            "[A] motor steps per firmware activation (one stroke = 240 nL by default); small enough"
                    + " that the minimum rate still gets about 25 strokes a day"),
    MOTOR_STEP_PERIOD_US(
            "us",
            2_000,
            100,
            1_000_000,
            "[A] one motor step every 2 ms; a stroke takes 96 ms; must be a whole number of ticks"),
    TUBING_TORQUE_NNM(
            "nN*m", 900, 0, 100_000, "[A] torque at the motor shaft to squeeze the tubing, through the gear train"),
    GEAR_FRICTION_TORQUE_NNM(
            "nN*m",
            300,
            0,
            100_000,
            "[A] gear-train friction of a new pump at the motor shaft; wear multiplies it (shaft wear"
                    + " is 59% of stalls, Medtronic 2017 [C])"),
    MOTOR_TORQUE_NNM_PER_V(
            "nN*m/V",
            500,
            1,
            100_000,
            "[A] available drive torque per volt of battery terminal voltage: 1600 nN*m at 3.2 V,"
                    + " about twice the nominal load"),
    STROKE_VOLUME_GAIN_PPM(
            "ppm", -24_000, -500_000, 500_000, "[C] mean volume error of the mechanism: bench -2.4% (Wesemann 2014)"),
    STROKE_VOLUME_SPREAD_PPM(
            "ppm",
            10_000,
            0,
            200_000,
            "[A] unit-to-unit spread, drawn once per pump from the seeded stream 'plant.stroke-gain'"
                    + " (uniform +/- this); clinical +1% per patient (Wesemann 2014) shows spread of this order"),

    // ---- catheter and spinal fluid
    CATHETER_LENGTH_MM("mm", 890, 10, 2_000, "[C] 89 cm trimmable catheter (Medtronic catalogue)"),
    CATHETER_INNER_DIAMETER_UM(
            "um",
            530,
            100,
            3_000,
            "[A] internal volume is not public; 0.53 mm gives about 2.2 uL/cm, 196 uL for 89 cm"),
    CSF_VISCOSITY_UPA_S("uPa*s", 700, 100, 10_000, "[A] water at 37 C is about 0.69 mPa*s; CSF is close to water"),
    CSF_PRESSURE_PA("Pa", 1_333, 0, 10_000, "[A] normal lumbar CSF pressure about 10 mmHg (7-15)"),
    CATHETER_COMPLIANCE_NL_PER_KPA(
            "nL/kPa",
            100,
            1,
            100_000,
            "[A] volume the catheter wall takes up as pressure rises behind an obstruction: a silicone"
                    + " tube of 0.53 mm bore and 0.5 mm wall (E about 2 MPa) stretches about 0.5 ppm of its"
                    + " 196 uL per Pa"),
    ROLLER_SLIP_PRESSURE_PA(
            "Pa",
            40_000,
            1_000,
            1_000_000,
            "[A] outlet pressure (300 mmHg) above which solution leaks back past the rollers. Below the"
                    + " ~46 kPa that stalls a new motor at full battery, so an obstructed catheter does not"
                    + " stall a sound pump: it goes unnoticed by the pump, as catheter problems are found"
                    + " clinically (DOMAIN.md 5)"),

    // ---- battery
    BATTERY_CAPACITY_NC(
            "nC",
            3_050_000_000_000L,
            1_000_000_000L,
            100_000_000_000_000L,
            "[A] 3050 C (847 mAh) usable: 7 years at nominal load (design life 84 months [C] Medtronic UK)"),
    BATTERY_BASELINE_CURRENT_NA("nA", 8_000, 0, 1_000_000, "[A] electronics quiescent draw"),
    BATTERY_STEP_CHARGE_NC("nC", 5_000, 0, 10_000_000, "[A] charge per motor step (about 2.5 mA for 2 ms)"),
    BATTERY_STEP_CURRENT_UA(
            "uA",
            2_500,
            0,
            1_000_000,
            "[A] current while a step is driven; with the internal resistance it sags the terminal voltage"),
    BATTERY_INTERNAL_RESISTANCE_MOHM(
            "mOhm", 20_000, 0, 10_000_000, "[A] 20 Ohm; the resistive-film defect (TGA 2017 [C]) is a rise of this"),
    BATTERY_TONE_CURRENT_UA("uA", 1_000, 0, 100_000, "[A] piezo alarm tone draw while sounding"),
    BATTERY_TELEMETRY_SESSION_CHARGE_NC(
            "nC", 50_000_000, 0, 10_000_000_000L, "[A] one programmer or PTM session (50 mC: a minute or so of radio)"),
    BATTERY_OCV_FRESH_MV("mV", 3_200, 1_000, 5_000, "[A] open-circuit voltage, fresh (lithium primary cell)"),
    BATTERY_OCV_KNEE_MV("mV", 2_900, 1_000, 5_000, "[A] open-circuit voltage at the knee depth of discharge"),
    BATTERY_KNEE_DOD_PPM("ppm", 900_000, 1, 999_999, "[A] depth of discharge where the curve starts to fall steeply"),
    BATTERY_OCV_LATE_MV("mV", 2_700, 1_000, 5_000, "[A] open-circuit voltage at the late depth of discharge"),
    BATTERY_LATE_DOD_PPM("ppm", 970_000, 1, 999_999, "[A] depth of discharge of the second curve point"),
    BATTERY_OCV_EMPTY_MV("mV", 2_400, 500, 5_000, "[A] open-circuit voltage when the usable capacity is spent"),

    // ---- firmware
    ERI_MV(
            "mV",
            2_850,
            500,
            5_000,
            "[A] elective replacement indicator at the latest at this voltage, whatever the load; below about"
                    + " 0.9 mL/day it comes before the service reserve does (EOS 144 days later at 0.5 mL/day)"),
    ERI_TO_EOS_MIN_US(
            "us",
            7_776_000_000_000L,
            0,
            63_072_000_000_000L,
            "[C] after ERI the pump keeps running and stops 90 days later (Medtronic UK): the firmware shows"
                    + " ERI while at least this much service remains at the programmed load"),
    ERI_RESERVE_MARGIN_PPM(
            "ppm",
            100_000,
            0,
            1_000_000,
            "[A] margin on the service the firmware projects when it decides ERI (90 days become 99 at the"
                    + " programmed load): covers what the projection leaves out, the ERI alarm's tones (at most 4%"
                    + " of a stopped pump's draw), telemetry sessions and boluses"),
    DESIGN_LIFE_US(
            "us",
            220_924_800_000_000L,
            86_400_000_000L,
            788_400_000_000_000L,
            "[C] design life 84 months (Medtronic UK; 2557 days): ERI comes at the latest at its end less"
                    + " eri_to_eos_min_us, however light the load"),
    EOS_MV("mV", 2_650, 500, 5_000, "[A] end-of-service threshold; the pump shuts itself off [C] FierceBiotech 2013"),
    BATTERY_CHECK_INTERVAL_US(
            "us", 3_600_000_000L, 1_000, 86_400_000_000L, "[A] the firmware measures the battery once an hour"),
    STALL_CONFIRM_STEPS(
            "steps",
            24,
            1,
            10_000,
            "[A] consecutive driven steps without rotor motion before a stall is declared (48 ms)"),
    MIN_PROGRAMMABLE_RATE_NL_PER_DAY(
            "nL/day", 48_000, 1, 1_000_000_000, "[A] about 0.048 mL/day, widely quoted, not confirmed (DOMAIN.md 2)"),
    MAX_RATE_NL_PER_DAY(
            "nL/day",
            24_000_000,
            1,
            1_000_000_000,
            "[A] about 24 mL/day, widely quoted, not confirmed (DOMAIN.md 2); bounds boluses too"),
    MINIMUM_RATE_NL_PER_DAY(
            "nL/day",
            6_000,
            1,
            1_000_000_000,
            "[A] about 0.006 mL/day 'minimum rate' that keeps the catheter open (DOMAIN.md 2)"),
    ACCURACY_PPM("ppm", 145_000, 0, 1_000_000, "[C] labelled accuracy +/-14.5% (ANZCA alert, Wesemann 2014)"),

    // ---- supervision: alarms, reservoir, refill, programming, memory
    CRITICAL_ALARM_REPEAT_US(
            "us",
            600_000_000L,
            60_000_000L,
            86_400_000_000L,
            "[A] critical alarms sound again every 10 min (DOMAIN.md 3 default); programmable"),
    NON_CRITICAL_ALARM_REPEAT_US(
            "us",
            3_600_000_000L,
            60_000_000L,
            86_400_000_000L,
            "[A] non-critical alarms sound again every 60 min (DOMAIN.md 3 default); programmable"),
    CRITICAL_TONE_US(
            "us",
            3_000_000,
            100_000,
            60_000_000,
            "[C] the critical alarm is a 3-second two-tone sound (Medtronic 2011)"),
    TWO_TONE_SEGMENT_US(
            "us",
            500_000,
            10_000,
            10_000_000,
            "[A] the two tones alternate every 0.5 s, so a critical alarm is six segments"),
    NON_CRITICAL_TONE_US(
            "us",
            1_000_000,
            100_000,
            60_000_000,
            "[C] the non-critical alarm is a 1-second single tone (Medtronic 2011)"),
    ALARM_TONE_HIGH_HZ(
            "Hz",
            2_000,
            100,
            20_000,
            "[A] the single tone and the high half of the two-tone; piezo sounders peak near 2-4 kHz"),
    ALARM_TONE_LOW_HZ(
            "Hz",
            1_000,
            100,
            20_000,
            "[A] the low half of the two-tone, an octave below so the two are easy to tell apart"),
    LOW_RESERVOIR_ALARM_NL(
            "nL",
            2_000_000,
            100_000,
            100_000_000,
            "[C] recommended low-reservoir level 2 mL (Neurosurgery 2004); programmable per pump"),
    EMPTY_RESERVOIR_NL(
            "nL",
            500_000,
            0,
            10_000_000,
            "[A] the estimate at which the pump declares the reservoir empty and drops to minimum rate;"
                    + " 0.5 mL, below the 2 mL low level, a residual the propellant may not push out"),
    REFILL_DISCREPANCY_NL(
            "nL",
            1_000_000,
            1,
            100_000_000,
            "[C] aspirated-vs-expected discrepancies above 1 mL (20 mL pump) or 2 mL (40 mL) may matter (Maino 2017)"),
    PROGRAMMING_TIMEOUT_US(
            "us",
            300_000_000L,
            1_000_000,
            86_400_000_000L,
            "[A] a programming transfer not completed within 5 min is abandoned; the pump stays stopped (HSA 2021 [C])"),
    BROWNOUT_MV(
            "mV",
            2_200,
            500,
            5_000,
            "[A] supply voltage under load below which the processor resets (a 'low battery reset')"),
    NVM_LOG_RECORDS(
            "records",
            1_024,
            16,
            1_000_000,
            "[A] event log capacity in non-volatile memory; the oldest records roll off"),
    NVM_SCRUB_INTERVAL_US(
            "us",
            86_400_000_000L,
            60_000_000L,
            864_000_000_000L,
            "[A] the firmware checks every NVM record's CRC once a day (and at each interrogation)"),

    // ---- fault mechanisms (docs/FAULTS.md); the defaults of fault parameters a scenario may override
    FAULT_DETECTION_GRACE_US(
            "us",
            60_000_000L,
            0,
            86_400_000_000L,
            "[A] how long after a fault's effect lifts a detector event is still credited to it: the pressure"
                    + " an obstruction left in the catheter wall drains through the open catheter in well under a"
                    + " second (R x C about 30 ms); a minute is generous against that and short against the hours"
                    + " or days between unrelated faults"),
    FAULT_RAMP_INTERVAL_US(
            "us",
            3_600_000_000L,
            1_000,
            86_400_000_000L,
            "[A] progressive faults (wear, corrosion, rate drift, granuloma, battery film) advance their"
                    + " effect once per this interval, fine against their weeks-to-months time scales"),
    STALL_BLOCKING_TORQUE_NNM(
            "nN*m",
            10_000,
            0,
            100_000_000,
            "[A] torque of a jam in the gear train (debris, a foreign particle): six times what the motor"
                    + " can produce at full battery, so the rotor cannot turn"),
    INTERMITTENT_STALL_EPISODE_MIN_US(
            "us",
            600_000_000L,
            1_000,
            86_400_000_000L,
            "[A] shortest episode of an intermittent stall (10 min); the field sees the alarm come and go"
                    + " (DOMAIN.md 4)"),
    INTERMITTENT_STALL_EPISODE_MAX_US(
            "us", 21_600_000_000L, 1_000, 864_000_000_000L, "[A] longest episode of an intermittent stall (6 h)"),
    SHAFT_WEAR_PPM_PER_DAY(
            "ppm/day",
            1_600,
            0,
            100_000_000,
            "[A] rise of gear-train friction (x new) per day of shaft wear: a new pump stalls after about"
                    + " 5 years, as stalls come late in life (one at 64 months, DOMAIN.md 4)"),
    GEAR_CORROSION_PPM_PER_DAY(
            "ppm/day",
            500,
            0,
            100_000_000,
            "[A] rise of gear-train friction per day of drive-gear corrosion with an on-label drug: rare"
                    + " (2% of returned stalled pumps, Medtronic 2017 [C])"),
    GEAR_CORROSION_OFF_LABEL_FACTOR_PPM(
            "ppm",
            3_000_000,
            1_000_000,
            100_000_000,
            "[C] corrosion speed-up with an off-label drug: non-recoverable stall at 78 months 7.0% vs"
                    + " 2.4% (2012 recall), 8.9% vs 2.7% at 6 years (HK MDD 2017); about 3x"),
    FEEDTHROUGH_TORQUE_LOSS_PPM(
            "ppm",
            600_000,
            0,
            1_000_000,
            "[A] share of the coil's drive current an internal short at the feedthrough diverts (14% of"
                    + " returned stalled pumps, Medtronic 2017 [C]): enough to stall a new motor"),
    FEEDTHROUGH_SHORT_CURRENT_NA(
            "nA",
            20_000,
            0,
            50_000_000,
            "[A] current the short draws from the battery continuously (2.5x the quiescent draw)"),
    MRI_SCAN_US(
            "us", 3_600_000_000L, 1_000, 86_400_000_000L, "[A] time in the scanner's field: a one-hour MRI session"),
    OVER_INFUSION_RATE_PPM_PER_DAY(
            "ppm/day",
            5_000,
            0,
            1_000_000,
            "[A] rise of the stroke volume per day once over-infusion begins: past the 14.5% accuracy"
                    + " limit in about a month ('the rate may keep rising', 2014 notice, DOMAIN.md 5)"),
    OVER_INFUSION_MAX_PPM("ppm", 500_000, 0, 10_000_000, "[A] ceiling of that rise (+50%)"),
    FREE_FLOW_NL_PER_DAY(
            "nL/day",
            500_000,
            1,
            100_000_000,
            "[A] flow the propellant's pressure drives through rollers that no longer seal: a typical"
                    + " daily rate again, on top of what the rotor delivers"),
    FREE_FLOW_INTERVAL_US(
            "us",
            60_000_000L,
            1_000,
            3_600_000_000L,
            "[A] free flow reaches the catheter in batches once a minute of sim time (0.35 uL at"
                    + " 0.5 mL/day, less than two strokes), fine against an over-infusion that builds"
                    + " over hours and days"),
    STOP_RISK_MIN_STOP_US(
            "us",
            172_800_000_000L,
            1_000,
            8_640_000_000_000L,
            "[C] stopped or stalled for more than 48 h is a risk factor for later over-infusion (HSA 2016)"),
    STOP_RISK_GAIN_PPM(
            "ppm",
            200_000,
            0,
            10_000_000,
            "[A] stroke-volume rise after such a stop: +20%, past the 14.5% accuracy limit"),
    KINK_RESISTANCE_FACTOR(
            "x",
            40_000,
            1,
            1_000_000_000,
            "[A] catheter resistance of a kink, times the open catheter's: the bore pinched to about a"
                    + " fourteenth, which at roller-slip pressure passes about 0.25 mL/day"),
    GRANULOMA_GROWTH_PER_DAY(
            "x/day",
            500,
            1,
            1_000_000_000,
            "[A] growth per day of the tip resistance, in multiples of the open catheter's: flow falls"
                    + " below 0.5 mL/day after about 40 days (granuloma: mean 35 months with"
                    + " hydromorphone [C], growing over months)"),
    CATHETER_LEAK_PPM(
            "ppm",
            500_000,
            1,
            1_000_000,
            "[A] share of the pump's output a cracked catheter or loose connector loses to the tissue"),
    BATTERY_FILM_GROWTH_MOHM_PER_DAY(
            "mOhm/day",
            10_000,
            0,
            100_000_000,
            "[A] rise of internal resistance per day as the resistive film forms (TGA 2017 [C]): under"
                    + " the motor's 2.5 mA a new cell browns out (a low battery reset) after about 5 weeks"),
    BATTERY_PARASITIC_CURRENT_NA(
            "nA",
            16_000,
            0,
            50_000_000,
            "[A] charge the defective cell loses internally (premature depletion, 2011 advisory [C]):"
                    + " twice the quiescent draw, bringing ERI years early");

    private final String unit;
    private final long defaultValue;
    private final long min;
    private final long max;
    private final String source;

    ProfileParameter(String unit, long defaultValue, long min, long max, String source) {
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.source = source;
    }

    public String unit() {
        return unit;
    }

    public long defaultValue() {
        return defaultValue;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }
    /** The DOMAIN.md tag and the reason, e.g. "[A] ...". */
    public String source() {
        return source;
    }

    /** The scenario-file spelling: lower case, e.g. {@code stroke_volume_gain_ppm}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Looks a parameter up by its scenario-file key; null when there is none. */
    public static ProfileParameter byKey(String key) {
        for (ProfileParameter p : values()) {
            if (p.key().equals(key)) {
                return p;
            }
        }
        return null;
    }
}
