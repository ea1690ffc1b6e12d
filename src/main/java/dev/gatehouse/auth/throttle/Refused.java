package dev.gatehouse.auth.throttle;

/** An attempt not counted because its account or address is locked; rolls its transaction back. */
final class Refused extends RuntimeException {

    Refused() {
        super(null, null, false, false);
    }
}
