package io.itddsim.sim.fault;

import java.util.List;
import java.util.Locale;

/**
 * Whether a drug is approved for this pump (DOMAIN.md 7): morphine, ziconotide and baclofen, by
 * generic or brand name. Anything else (hydromorphone, bupivacaine, clonidine, fentanyl,
 * sufentanil...) is off-label, which makes gear corrosion, and so stalls, more likely (DOMAIN.md 4).
 * Public so that fleet studies label their pumps by the same rule the catalogue uses.
 */
public final class DrugLabel {
    private static final List<String> ON_LABEL =
            List.of("morphine", "infumorph", "ziconotide", "prialt", "baclofen", "lioresal", "gablofen");

    private DrugLabel() {}

    /** True unless the drug is one the pump is approved for; also for a missing name. */
    public static boolean offLabel(String drug) {
        return drug == null || !ON_LABEL.contains(drug.trim().toLowerCase(Locale.ROOT));
    }
}
