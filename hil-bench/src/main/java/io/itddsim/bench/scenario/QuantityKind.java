package io.itddsim.bench.scenario;

/**
 * The kinds of quantity a scenario file may contain, each with the integer base unit the model
 * works in (DESIGN.md, determinism rule 2) and an example used in error messages.
 *
 * <p>The example is part of every parse error, so it must itself parse: a test checks that.
 */
public enum QuantityKind {
    DURATION("a duration", "1d12h30m", "us"),
    VOLUME("a volume", "20 mL", "nL"),
    CONCENTRATION("a concentration", "25 mg/mL", "ug/mL"),
    VOLUME_RATE("a rate", "0.5 mL/day", "nL/day"),
    DOSE_RATE("a dose rate", "300 mcg/day", "ng/day"),
    MASS("a drug mass", "2 mg", "ug"),
    BODY_WEIGHT("a body weight", "70 kg", "g"),
    TIME_OF_DAY("a time of day", "07:30", "us after midnight");

    private final String description;
    private final String example;
    private final String baseUnit;

    QuantityKind(String description, String example, String baseUnit) {
        this.description = description;
        this.example = example;
        this.baseUnit = baseUnit;
    }

    /** What the quantity is, with its article, for messages: "a volume". */
    public String description() {
        return description;
    }

    /** A well-formed example of this kind, for messages: "20 mL". */
    public String example() {
        return example;
    }

    /** The integer unit {@link #parse} returns, e.g. "nL". */
    public String baseUnit() {
        return baseUnit;
    }

    /**
     * Parses text of this kind into its base unit.
     *
     * @throws QuantityFormatException if the text is not of this kind, saying why
     */
    public long parse(String text) {
        return switch (this) {
            case DURATION -> Quantities.durationUs(text);
            case VOLUME -> Quantities.volumeNl(text);
            case CONCENTRATION -> Quantities.concentrationUgPerMl(text);
            case VOLUME_RATE -> Quantities.volumeRateNlPerDay(text);
            case DOSE_RATE -> Quantities.doseRateNgPerDay(text);
            case MASS -> Quantities.massUg(text);
            case BODY_WEIGHT -> Quantities.bodyWeightG(text);
            case TIME_OF_DAY -> Quantities.timeOfDayUs(text);
        };
    }
}
