package io.itddsim.sim.engine;

import io.itddsim.sim.SimInputException;
import io.itddsim.sim.alarm.AlarmSettings;
import io.itddsim.sim.firmware.Prescription;
import io.itddsim.sim.patient.PatientSetup;
import io.itddsim.sim.profile.PumpProfile;

/**
 * Everything that fixes a run's starting state: the pump model, the seed, what is really in the
 * reservoir and catheter, what the clinician entered, the battery's age and the clock.
 *
 * @param profile                      pump model parameters
 * @param seed                         master seed of every random stream
 * @param reservoirVolumeNl            true volume in the reservoir at the start
 * @param reservoirConcentrationUgPerMl true concentration of the reservoir's contents
 * @param reservoirEnteredNl           the volume the clinician entered at the last fill (the
 *                                     firmware's starting estimate)
 * @param catheterPrimed               true if the catheter is already full of the reservoir's
 *                                     solution; false if it holds drug-free fluid (new implant)
 * @param prescription                 the programmed prescription in force at the start
 * @param batteryDepthOfDischargePpm   battery charge already spent, 0 for a new pump
 * @param startTimeOfDayUs             pump clock time of day at sim time 0
 * @param alarmSettings                the programmed alarm settings; null for the profile's defaults
 * @param patient                      the patient downstream of the catheter tip (docs/PATIENT.md);
 *                                     null for a run without one, whose state hash is then the
 *                                     same as before patients existed
 */
public record SimulationSetup(
        PumpProfile profile,
        long seed,
        long reservoirVolumeNl,
        long reservoirConcentrationUgPerMl,
        long reservoirEnteredNl,
        boolean catheterPrimed,
        Prescription prescription,
        long batteryDepthOfDischargePpm,
        long startTimeOfDayUs,
        AlarmSettings alarmSettings,
        PatientSetup patient)
        implements java.io.Serializable {

    /** A setup without a patient. */
    public SimulationSetup(
            PumpProfile profile,
            long seed,
            long reservoirVolumeNl,
            long reservoirConcentrationUgPerMl,
            long reservoirEnteredNl,
            boolean catheterPrimed,
            Prescription prescription,
            long batteryDepthOfDischargePpm,
            long startTimeOfDayUs,
            AlarmSettings alarmSettings) {
        this(
                profile,
                seed,
                reservoirVolumeNl,
                reservoirConcentrationUgPerMl,
                reservoirEnteredNl,
                catheterPrimed,
                prescription,
                batteryDepthOfDischargePpm,
                startTimeOfDayUs,
                alarmSettings,
                null);
    }

    /** A setup with the profile's default alarm settings. */
    public SimulationSetup(
            PumpProfile profile,
            long seed,
            long reservoirVolumeNl,
            long reservoirConcentrationUgPerMl,
            long reservoirEnteredNl,
            boolean catheterPrimed,
            Prescription prescription,
            long batteryDepthOfDischargePpm,
            long startTimeOfDayUs) {
        this(
                profile,
                seed,
                reservoirVolumeNl,
                reservoirConcentrationUgPerMl,
                reservoirEnteredNl,
                catheterPrimed,
                prescription,
                batteryDepthOfDischargePpm,
                startTimeOfDayUs,
                null);
    }

    public SimulationSetup {
        if (profile == null) {
            throw new SimInputException("pump.profile", "missing");
        }
        long cap = profile.get(io.itddsim.sim.profile.ProfileParameter.RESERVOIR_CAPACITY_NL);
        if (reservoirVolumeNl < 0 || reservoirVolumeNl > cap) {
            throw new SimInputException(
                    "reservoir.volume",
                    "expected 0.." + cap + " nL for " + profile.name() + ", got " + reservoirVolumeNl);
        }
        if (reservoirEnteredNl < 0 || reservoirEnteredNl > cap) {
            throw new SimInputException(
                    "reservoir.entered_volume", "expected 0.." + cap + " nL, got " + reservoirEnteredNl);
        }
        if (reservoirConcentrationUgPerMl < 0) {
            throw new SimInputException("reservoir.concentration", "must not be negative");
        }
        if (startTimeOfDayUs < 0 || startTimeOfDayUs >= PumpProfile.US_PER_DAY) {
            throw new SimInputException("start_time_of_day", "expected 00:00..23:59:59");
        }
        if (alarmSettings == null) {
            alarmSettings = AlarmSettings.defaults(profile);
        }
        alarmSettings.check(profile);
    }

    /**
     * The common case: a pump in service whose reservoir holds what the prescription says, the
     * estimate matching the truth, a primed catheter, a fresh battery and the clock at midnight.
     */
    public static SimulationSetup inService(
            PumpProfile profile, long seed, long reservoirVolumeNl, Prescription prescription) {
        return new SimulationSetup(
                profile,
                seed,
                reservoirVolumeNl,
                prescription.concentrationUgPerMl(),
                reservoirVolumeNl,
                true,
                prescription,
                0,
                0);
    }

    public SimulationSetup withSeed(long newSeed) {
        return new SimulationSetup(
                profile,
                newSeed,
                reservoirVolumeNl,
                reservoirConcentrationUgPerMl,
                reservoirEnteredNl,
                catheterPrimed,
                prescription,
                batteryDepthOfDischargePpm,
                startTimeOfDayUs,
                alarmSettings,
                patient);
    }

    public SimulationSetup withBatteryDepthOfDischargePpm(long ppm) {
        return new SimulationSetup(
                profile,
                seed,
                reservoirVolumeNl,
                reservoirConcentrationUgPerMl,
                reservoirEnteredNl,
                catheterPrimed,
                prescription,
                ppm,
                startTimeOfDayUs,
                alarmSettings,
                patient);
    }

    public SimulationSetup withAlarmSettings(AlarmSettings settings) {
        return new SimulationSetup(
                profile,
                seed,
                reservoirVolumeNl,
                reservoirConcentrationUgPerMl,
                reservoirEnteredNl,
                catheterPrimed,
                prescription,
                batteryDepthOfDischargePpm,
                startTimeOfDayUs,
                settings,
                patient);
    }

    /** This setup with a patient downstream of the catheter tip; null for none. */
    public SimulationSetup withPatient(PatientSetup newPatient) {
        return new SimulationSetup(
                profile,
                seed,
                reservoirVolumeNl,
                reservoirConcentrationUgPerMl,
                reservoirEnteredNl,
                catheterPrimed,
                prescription,
                batteryDepthOfDischargePpm,
                startTimeOfDayUs,
                alarmSettings,
                newPatient);
    }
}
