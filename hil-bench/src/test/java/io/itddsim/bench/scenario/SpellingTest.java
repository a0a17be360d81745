package io.itddsim.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Suggesting the key a typo meant")
class SpellingTest {

    private static final List<String> KEYS = List.of("concentration", "drug", "reservoir", "rate", "at", "to");

    @Test
    @DisplayName("a dropped, doubled, changed or swapped letter finds the intended key")
    void smallSlipsFindTheIntendedKey() {
        assertEquals(Optional.of("concentration"), Spelling.closest("concentraton", KEYS));
        assertEquals(Optional.of("reservoir"), Spelling.closest("resevoir", KEYS));
        assertEquals(Optional.of("reservoir"), Spelling.closest("Reservior", KEYS));
        assertEquals(Optional.of("drug"), Spelling.closest("durg", KEYS));
    }

    @Test
    @DisplayName("short or unrelated words get no suggestion")
    void shortOrUnrelatedWordsGetNone() {
        assertEquals(Optional.empty(), Spelling.closest("it", KEYS));
        assertEquals(Optional.empty(), Spelling.closest("colour", KEYS));
    }

    @Test
    @DisplayName("edit distance counts insertions, deletions, substitutions and adjacent swaps")
    void editDistanceCountsEdits() {
        assertEquals(0, Spelling.editDistance("rate", "rate"));
        assertEquals(1, Spelling.editDistance("rate", "rat"));
        assertEquals(1, Spelling.editDistance("rate", "rite"));
        assertEquals(1, Spelling.editDistance("drug", "durg"));
        assertEquals(3, Spelling.editDistance("kitten", "sitting"));
        assertEquals(4, Spelling.editDistance("", "drug"));
    }
}
