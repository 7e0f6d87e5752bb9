package id.pesona.shared.web;

import id.pesona.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves a validation error (key and arguments) to a sentence in the user's language; {@code @messages} in pages. */
@Component("messages")
public class MessageText {

    private final MessageSource source;

    MessageText(MessageSource source) {
        this.source = source;
    }

    public String text(InvalidInputException e) {
        return text(e.messageKey(), e.args());
    }

    public String text(String key, Object[] args) {
        return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
