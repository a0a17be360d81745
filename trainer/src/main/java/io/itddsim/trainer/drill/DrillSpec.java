package io.itddsim.trainer.drill;

import io.itddsim.sim.alarm.AlarmType;

/**
 * A drill as a trainer writes it (resource {@code drills/drills.yaml}): the incident, its source,
 * the scenario the emulator runs, which moment of the run the drill is about, and the texts. The
 * alarm, its time and every figure in the texts come from the run (placeholders such as
 * {@code {time}}, see {@link DrillFacts}).
 *
 * @param id          stable id (progress is kept by it)
 * @param incident    the field incident it reproduces
 * @param source      where the incident is documented (docs/DOMAIN.md section, field report)
 * @param scenario    classpath resource of the scenario file
 * @param focus       the alarm whose first raising the drill is about, or null for a drill where
 *                    the pump stays silent
 * @param observeAtUs for a silent drill, the sim time the trainee looks; -1 otherwise
 * @param who         who the trainee is in the situation
 * @param situation   what happens (template)
 * @param silentWhy   for a silent drill, why the pump cannot sound (template); null otherwise
 * @param action      the right thing to do
 * @param actionWhy   why (template)
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
        String actionWhy) {
    public boolean silent() {
        return focus == null;
    }
}
