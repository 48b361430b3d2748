package io.annolab.ui.testing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.swt.widgets.Display;

/**
 * Starts a real e4 workbench from an application model inside the test runtime, runs
 * {@code checks} on the UI thread once the UI is up, then closes the workbench and rethrows
 * whatever the checks threw. Call from the thread that owns (or will own) the Display.
 */
public final class WorkbenchRun {

    private WorkbenchRun() {
    }

    public static void run(String[] programArguments, Map<String, String> branding, Duration timeout, Consumer<E4Workbench> checks) {
        Display display = Display.getDefault();
        E4Application application = new E4Application();
        E4Workbench workbench = application.createE4Workbench(new TestApplicationContext(programArguments, branding), display);
        if (workbench == null) {
            throw new AssertionError("E4Application could not create the workbench (see the log)");
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean over = new AtomicBoolean(); // a run that died early must not leave its checks to the next one
        display.asyncExec(() -> {
            if (over.get()) {
                return;
            }
            try {
                checks.accept(workbench);
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                finished.set(true);
                workbench.close();
            }
        });
        // watchdog: a hung check must not hang the build
        display.timerExec((int) timeout.toMillis(), () -> {
            if (!finished.get() && !over.get()) {
                failure.compareAndSet(null, new AssertionError("workbench checks did not finish within " + timeout));
                workbench.close();
            }
        });
        try {
            workbench.createAndRunUI(workbench.getApplication());
        } finally {
            over.set(true);
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }
}
