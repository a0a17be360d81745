package io.itddsim.trainer.live;

/**
 * The live link as the page shows it.
 *
 * @param enabled whether the trainer was started with {@code --target}
 * @param target  the pump's address
 * @param state   {@code off}, {@code connecting}, {@code connected} or {@code disconnected}
 * @param detail  why it is not connected, or what it is subscribed to
 */
public record LiveStatus(boolean enabled, String target, String state, String detail) {
    public static final LiveStatus OFF = new LiveStatus(
            false, "", "off", "start the trainer with --target tcp://HOST:PORT to play a running pump's alarms");
}
