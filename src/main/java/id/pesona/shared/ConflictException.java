package id.pesona.shared;

/**
 * The request is right but collides with what is already there: the same payment, file, claim step or quota slot was
 * just recorded (by this user clicking twice, or by another user at the same moment). Named by field and a message key
 * that says what already exists, so the API answers 409 with an Indonesian {@code detail} and a page shows the sentence
 * beside the form, as it does for any {@link InvalidInputException}. Thrown for a check that finds the thing, and for
 * the unique index that catches two requests racing past the check.
 */
public class ConflictException extends InvalidInputException {

    public ConflictException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
