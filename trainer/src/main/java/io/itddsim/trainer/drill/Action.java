package io.itddsim.trainer.drill;

/**
 * What the person who notices the pump should do (the answers of the "what to do" question).
 * The labels are what the trainee reads.
 */
public enum Action {
    INTERROGATE("Interrogate the pump (programmer or myPTM)"),
    REFILL("Arrange the refill in the next days"),
    BOOK_VISIT("Book a clinic visit (this week, not an emergency)"),
    CALL_CLINIC_NOW("Call the pump clinic now"),
    EMERGENCY("Go to the emergency department (or call for emergency help)");

    private final String label;

    Action(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
