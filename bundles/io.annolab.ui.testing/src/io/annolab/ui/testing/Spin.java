package io.annolab.ui.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the event loop on the UI thread until a condition holds, with a time limit. */
public final class Spin {

    private Spin() {
    }

    /** Dispatches events until {@code condition} is true; fails with {@code what} after {@code timeout}. */
    public static void until(Display display, BooleanSupplier condition, Duration timeout, String what) {
        if (!tryUntil(display, condition, timeout)) {
            throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what);
        }
    }

    /** Like {@link #until} but answers instead of failing. */
    public static boolean tryUntil(Display display, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            if (!display.readAndDispatch()) {
                // wake up regularly: background jobs post their results without waking us
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        return true;
    }

    /** Dispatches whatever is pending for about {@code millis}. */
    public static void pause(Display display, long millis) {
        tryUntil(display, () -> false, Duration.ofMillis(millis));
    }
}
