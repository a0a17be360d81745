package io.itddsim.bench.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the word a typo most likely meant, so "concentraton" can suggest "concentration". */
public final class Spelling {

    private Spelling() {}

    /**
     * The closest candidate, ties going to the alphabetically first, or nothing if none is close.
     * One edit per four letters, at most two: that catches a dropped, doubled, changed or swapped letter in
     * "concentraton" without offering "to" for "at".
     */
    public static Optional<String> closest(String typo, Collection<String> candidates) {
        int maxEdits = Math.min(2, typo.length() / 4);
        String best = null;
        int bestDistance = maxEdits + 1;
        for (String candidate : candidates.stream().sorted().toList()) {
            int distance = editDistance(typo, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Edits needed to turn one word into the other, case-insensitive: insertions, deletions,
     * substitutions, and swaps of two adjacent letters ("durg"), the commonest typing slip
     * (optimal string alignment distance).
     */
    static int editDistance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= y.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}
