package io.itddsim.trainer.drill;

/** One answer a trainee can pick: its id (what the page sends back) and what it says. */
public record Option(String id, String label) {}
