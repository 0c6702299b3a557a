package org.divergence.cli;

/** A command line that asks for something impossible: unknown option, unknown key, bad value. Exit code 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
