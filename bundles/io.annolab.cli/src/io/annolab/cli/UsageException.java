package io.annolab.cli;

/** The words on the command line are wrong; the message says which and how to fix them. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
