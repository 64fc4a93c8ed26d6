package se.dialogcoder.app.teamwork;

/** An agreement question that cannot be answered as asked (unknown coder or code); the message says why. */
public final class AgreementException extends Exception {
    public AgreementException(String message) {
        super(message);
    }
}
