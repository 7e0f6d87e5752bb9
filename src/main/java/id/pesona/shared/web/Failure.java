package id.pesona.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * What went wrong with one request, before it is put into words: the status, the sentence (a message key and its
 * arguments), and the field or row it is about. {@link ErrorReplies} turns it into the problem document of the API or
 * the error page of a browser, in the user's language.
 */
record Failure(
        HttpStatus status,
        MessageSourceResolvable detail,
        String field,
        Integer row,
        Map<String, MessageSourceResolvable> fields,
        String logId) {

    static Failure of(HttpStatus status, String key, Object... args) {
        return new Failure(status, text(key, args), null, null, Map.of(), null);
    }

    /** The generic sentence of a status ({@code error.<status>.text}). */
    static Failure of(HttpStatus status) {
        return of(status, "error." + ErrorReplies.known(status).value() + ".text");
    }

    static Failure field(HttpStatus status, String field, String key, Object... args) {
        MessageSourceResolvable text = text(key, args);
        Map<String, MessageSourceResolvable> fields = new LinkedHashMap<>();
        if (field != null) {
            fields.put(field, text);
        }
        return new Failure(status, text, field, null, fields, null);
    }

    Failure withFields(Map<String, MessageSourceResolvable> more) {
        return new Failure(status, detail, field, row, more, logId);
    }

    Failure withLogId(String id) {
        return new Failure(status, detail, field, row, fields, id);
    }

    static MessageSourceResolvable text(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, null);
    }
}
