package io.itddsim.trainer.drill;

import io.itddsim.sim.alarm.AlarmType;

/**
 * A drill as a trainer writes it (resource {@code drills/drills.yaml}): the incident, its source,
 * the scenario the emulator runs, which moment of the run the drill is about, and the texts. The
 * alarm, its time and every figure in the texts come from the run (placeholders such as
 * {@code {time}}, see {@link DrillFacts} and {@link PatientReading}).
 *
 * <p>A drill with a {@code classification} is a vignette: its scenario has a simulated patient,
 * the trainee reads the patient's signs at {@code observe_at} and says whether they are an
 * overdose, a withdrawal or neither; the patient model must agree.
 *
 * @param id                stable id (progress is kept by it)
 * @param incident          the field incident it reproduces
 * @param source            where the incident is documented (docs/DOMAIN.md section, field report)
 * @param scenario          classpath resource of the scenario file
 * @param focus             the alarm whose first raising the drill is about (for a vignette: the
 *                          alarm sounding at {@code observe_at}), or null for a drill where the
 *                          pump stays silent
 * @param observeAtUs       the sim time the trainee looks, for a silent drill or a vignette; -1
 *                          otherwise
 * @param who               who the trainee is in the situation
 * @param situation         what happens (template)
 * @param silentWhy         for a silent drill, why the pump cannot sound (template); null otherwise
 * @param action            the right thing to do
 * @param actionWhy         why (template)
 * @param classification    for a vignette, what the patient's signs are; null for other drills
 * @param classificationWhy for a vignette, why, with the run's figures (template); null otherwise
 */
public record DrillSpec(
        String id,
        String incident,
        String source,
        String scenario,
        AlarmType focus,
        long observeAtUs,
        String who,
        String situation,
        String silentWhy,
        Action action,
        String actionWhy,
        Classification classification,
        String classificationWhy) {

    /** A drill about the pump alone (no patient question). */
    public DrillSpec(
            String id,
            String incident,
            String source,
            String scenario,
            AlarmType focus,
            long observeAtUs,
            String who,
            String situation,
            String silentWhy,
            Action action,
            String actionWhy) {
        this(
                id,
                incident,
                source,
                scenario,
                focus,
                observeAtUs,
                who,
                situation,
                silentWhy,
                action,
                actionWhy,
                null,
                null);
    }

    public boolean silent() {
        return focus == null;
    }

    /** True for an "overdose or withdrawal?" vignette. */
    public boolean vignette() {
        return classification != null;
    }
}
