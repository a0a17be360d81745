package io.itddsim.trainer.progress;

/**
 * Where a drill stands for one trainee in the Leitner system.
 *
 * @param box         1 (missed, comes back first) to {@link Leitner#MAX_BOX} (known well, rarely asked)
 * @param lastSession the trainee's session number in which it was last done
 */
public record Box(int box, int lastSession) {}
