package io.annolab.core.api.filter;

/**
 * A filter the user typed (or a JSON Logic filter read from elsewhere) that cannot be understood.
 * The message is complete for the user and names the column, for example
 * {@code Filter: expected a value after '==' at column 14}.
 */
public final class FilterSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int column;

    FilterSyntaxException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** 1-based column in the filter text where the problem is, or 0 when not about a position (JSON input). */
    public int column() {
        return column;
    }
}
