package io.annolab.core.api;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A failure to tell the user about: what happened, in which file (and where in it), and what to
 * do. Its message is complete on its own, ready for a dialog or a one-line CLI error.
 */
public class AnnolabException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String what;
    private final String hint;

    public AnnolabException(String what, Path file, int line, int column, String hint, Throwable cause) {
        super(compose(what, file, line, column, hint), cause);
        this.what = what;
        this.file = file;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public AnnolabException(String what, Path file, String hint) {
        this(what, file, 0, 0, hint, null);
    }

    public AnnolabException(String what, Path file, String hint, Throwable cause) {
        this(what, file, 0, 0, hint, cause);
    }

    /** The file concerned, or null. */
    public Path file() {
        return file;
    }

    /** 1-based line in {@link #file()}, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column in {@link #file()}, or 0 when unknown. */
    public int column() {
        return column;
    }

    public String what() {
        return what;
    }

    public String hint() {
        return hint;
    }

    private static String compose(String what, Path file, int line, int column, String hint) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file);
            if (line > 0) {
                text.append(':').append(line);
                if (column > 0) {
                    text.append(':').append(column);
                }
            }
            text.append(": ");
        }
        text.append(what);
        if (hint != null && !hint.isEmpty()) {
            text.append(". ").append(hint);
        }
        return text.toString();
    }
}
