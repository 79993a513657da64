package io.tradewind.api.service;

/** Sends mail through the platform's mail server, in the tenant's name. */
public interface Mail {

    /**
     * Queues a message for sending.
     *
     * @param message what to send
     */
    void send(MailMessage message);
}
