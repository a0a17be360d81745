package io.itddsim.sim.patient;

import java.util.List;
import java.util.Locale;

/**
 * The drugs the patient model has kinetics for (DOMAIN.md 7), with the names a prescription may
 * use for them. Each has its parameters in {@link PatientParameter}, keyed by {@link #key()}.
 */
public enum Drug {
    MORPHINE(DrugClass.OPIOID, "morphine", "infumorph"),
    HYDROMORPHONE(DrugClass.OPIOID, "hydromorphone", "dilaudid"),
    FENTANYL(DrugClass.OPIOID, "fentanyl"),
    SUFENTANIL(DrugClass.OPIOID, "sufentanil"),
    BACLOFEN(DrugClass.BACLOFEN, "baclofen", "lioresal", "gablofen"),
    ZICONOTIDE(DrugClass.OTHER, "ziconotide", "prialt"),
    CLONIDINE(DrugClass.OTHER, "clonidine"),
    BUPIVACAINE(DrugClass.OTHER, "bupivacaine");

    private final DrugClass drugClass;
    private final List<String> names;

    Drug(DrugClass drugClass, String... names) {
        this.drugClass = drugClass;
        this.names = List.of(names);
    }

    public DrugClass drugClass() {
        return drugClass;
    }

    /** The generic name, lower case: the prefix of the drug's parameter keys. */
    public String key() {
        return names.get(0);
    }

    /** The drug a prescription names (generic or brand, any case); null when the model has none. */
    public static Drug byName(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Drug d : values()) {
            if (d.names.contains(n)) {
                return d;
            }
        }
        return null;
    }

    /** The generic names, for messages: "morphine, hydromorphone, ...". */
    public static String knownNames() {
        StringBuilder b = new StringBuilder();
        for (Drug d : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(d.key());
        }
        return b.toString();
    }
}
