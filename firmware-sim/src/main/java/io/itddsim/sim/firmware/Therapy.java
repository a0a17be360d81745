package io.itddsim.sim.firmware;

import java.util.List;

/** The basal therapy a prescription sets. Boluses are separate commands that run over it. */
public sealed interface Therapy extends java.io.Serializable permits Therapy.Stopped, Therapy.Continuous, Therapy.Flex {

    InfusionMode mode();

    /** Stopped pump: no infusion (e.g. before an MRI or while a program is transferred). */
    record Stopped() implements Therapy {
        @Override
        public InfusionMode mode() {
            return InfusionMode.STOPPED;
        }
    }

    /** Simple continuous: one rate all day. */
    record Continuous(long rateNlPerDay) implements Therapy {
        @Override
        public InfusionMode mode() {
            return InfusionMode.CONTINUOUS;
        }
    }

    /**
     * Flex dosing: a daily pattern. Each step's rate holds from its start time of day until the next
     * step's start; the last step runs on past midnight into the first.
     */
    record Flex(List<FlexStep> steps) implements Therapy {
        public Flex {
            steps = List.copyOf(steps);
        }

        @Override
        public InfusionMode mode() {
            return InfusionMode.FLEX;
        }
    }

    /** One step of a flex pattern (serializable with its therapy, so a flex-dosing pump can be snapshot). */
    record FlexStep(long startTimeOfDayUs, long rateNlPerDay) implements java.io.Serializable {}
}
