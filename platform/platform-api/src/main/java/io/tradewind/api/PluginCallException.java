package io.tradewind.api;

/**
 * Thrown by a plugin to say that a call cannot be answered for a reason it wants the tenant admin
 * to read. The host records the message as the failure's detail; any other exception is recorded
 * by its type only.
 */
public class PluginCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, readable by a tenant admin
     */
    public PluginCallException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong, readable by a tenant admin
     * @param cause the underlying failure
     */
    public PluginCallException(String message, Throwable cause) {
        super(message, cause);
    }
}
