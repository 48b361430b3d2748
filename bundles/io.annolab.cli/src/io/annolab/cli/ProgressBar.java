package io.annolab.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * A text progress bar on standard error, redrawn at most ten times a second; long work shows
 * how far it is without flooding a log when the output is not a terminal.
 */
final class ProgressBar extends NullProgressMonitor {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal = System.console() != null;
    private String task = "";
    private double total;
    private double done;
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        done = 0;
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        long now = System.nanoTime();
        if (now - lastDraw > 100_000_000L) {
            lastDraw = now;
            draw();
        }
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }

    @Override
    public void done() {
        if (drawn) {
            done = total;
            draw();
            out.print(terminal ? "\n" : "");
            out.flush();
        }
    }

    private void draw() {
        if (!terminal || total <= 0) {
            return;
        }
        double fraction = Math.min(1, done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        out.print("\r" + task + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + Math.round(fraction * 100) + "%");
        out.flush();
        drawn = true;
    }
}
