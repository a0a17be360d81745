package io.itddsim.trainer.drill;

import io.itddsim.sim.alarm.AlarmSeverity;
import io.itddsim.sim.alarm.AlarmType;
import io.itddsim.trainer.tone.SoundCaption;
import io.itddsim.trainer.tone.SoundPattern;
import io.itddsim.trainer.tone.ToneLibrary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three questions every drill asks, and their answer keys: which kind of alarm (from the
 * sound), which causes fit it, and what to do. The first two are explained from the model's
 * sound and alarm data, the last from the drill's own text.
 */
final class DrillQuestions {
    static final String SEVERITY_SOURCE = "docs/DOMAIN.md 3 (Medtronic 2011: the 3-second two-tone alarm and the "
            + "1-second single tone); docs/ALARMS.md";
    static final String CAUSES_SOURCE = "docs/ALARMS.md (alarms, causes and detection); docs/DOMAIN.md 3";

    private final ToneLibrary tones;

    DrillQuestions(ToneLibrary tones) {
        this.tones = tones;
    }

    List<Question> questions() {
        List<Option> severity = List.of(
                new Option("CRITICAL", "Critical alarm"),
                new Option("NON_CRITICAL", "Non-critical alarm"),
                new Option(AlarmCauses.NONE, "No alarm at all"));
        List<Option> causes = new ArrayList<>();
        for (AlarmType t : AlarmType.values()) {
            causes.add(new Option(t.name(), AlarmCauses.label(t)));
        }
        causes.add(new Option(AlarmCauses.NONE, "Nothing the pump can sense"));
        List<Option> actions = new ArrayList<>();
        for (Action a : Action.values()) {
            actions.add(new Option(a.name(), a.label()));
        }
        return List.of(
                new Question(QuestionType.SEVERITY, "What does the pump tell you?", severity, false),
                new Question(
                        QuestionType.CAUSES,
                        "Which causes fit what the pump does? Pick every one that fits.",
                        causes,
                        true),
                new Question(QuestionType.ACTION, "What do you do now?", actions, false));
    }

    Map<QuestionType, Drill.AnswerKey> keys(
            DrillSpec spec, AlarmType alarm, String time, String silentWhy, String actionWhy) {
        Map<QuestionType, Drill.AnswerKey> keys = new EnumMap<>(QuestionType.class);
        if (alarm == null) {
            keys.put(
                    QuestionType.SEVERITY,
                    new Drill.AnswerKey(
                            Set.of(AlarmCauses.NONE), "The pump makes no sound at all. " + silentWhy, spec.source()));
            keys.put(
                    QuestionType.CAUSES,
                    new Drill.AnswerKey(
                            Set.of(AlarmCauses.NONE),
                            "None of the pump's alarms can fit: " + silentWhy,
                            spec.source()));
        } else {
            AlarmSeverity severity = alarm.severity();
            SoundPattern sound = tones.pattern(severity);
            Set<AlarmType> fitting = AlarmCauses.ofSeverity(severity);
            keys.put(
                    QuestionType.SEVERITY,
                    new Drill.AnswerKey(
                            Set.of(severity.name()),
                            sound.caption() + ": the " + sound.label().toLowerCase(java.util.Locale.ROOT)
                                    + ". It sounds again every " + SoundCaption.interval(sound.repeatUs())
                                    + " until an interrogation finds the cause gone.",
                            SEVERITY_SOURCE));
            keys.put(
                    QuestionType.CAUSES,
                    new Drill.AnswerKey(
                            fitting.stream().map(Enum::name).collect(Collectors.toSet()),
                            "The " + sound.label().toLowerCase(java.util.Locale.ROOT) + " is one of: "
                                    + String.join(", ", AlarmCauses.labels(fitting))
                                    + ". Here the emulator's pump raised "
                                    + AlarmCauses.label(alarm).toLowerCase(java.util.Locale.ROOT) + " at " + time + ": "
                                    + AlarmCauses.cause(alarm) + ".",
                            CAUSES_SOURCE));
        }
        keys.put(QuestionType.ACTION, new Drill.AnswerKey(Set.of(spec.action().name()), actionWhy, spec.source()));
        return keys;
    }
}
