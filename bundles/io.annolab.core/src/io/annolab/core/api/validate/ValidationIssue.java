package io.annolab.core.api.validate;

/** One finding of a validator, keyed by Datumaro's (item id, subset). */
public record ValidationIssue(Severity severity, String code, String itemId, String subset, String message) {

    public enum Severity {
        INFO, WARNING, ERROR
    }
}
