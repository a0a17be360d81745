package io.itddsim.sim.alarm;

/**
 * One alarm episode in the pump's history: from raised until cleared by an interrogation.
 *
 * @param type      which alarm
 * @param raisedUs  sim time it was raised
 * @param clearedUs sim time it was cleared, or -1 while it is still in the active set
 */
public record AlarmRecord(AlarmType type, long raisedUs, long clearedUs) implements java.io.Serializable {
    public AlarmSeverity severity() {
        return type.severity();
    }

    public boolean open() {
        return clearedUs < 0;
    }
}
