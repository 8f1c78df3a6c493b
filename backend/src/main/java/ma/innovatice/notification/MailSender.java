package ma.innovatice.notification;

/** Hands one email over to its way out: an SMTP server, or a file in the local mail folder. */
interface MailSender {

    /** One email of the outbox, ready to leave. */
    record Outgoing(long id, String recipient, String subject, String text, String html, Attachment attachment) {

        Outgoing(long id, String recipient, String subject, String text, String html) {
            this(id, recipient, subject, text, html, null);
        }
    }

    /** A file sent with an email (a calendar invitation): its name, content type and bytes. */
    record Attachment(String filename, String contentType, byte[] data) {
    }

    /** Returns once the email is accepted; throws when it is not (the worker will try again). */
    void send(Outgoing mail) throws Exception;

    /** Where emails go, for the start-up log. */
    String describe();
}
