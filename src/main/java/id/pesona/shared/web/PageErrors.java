package id.pesona.shared.web;

import id.pesona.shared.ConflictException;
import id.pesona.shared.InvalidInputException;
import id.pesona.shared.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A missing record on a page renders the friendly 404 page; bad input in a link or a filter the 400 page naming the
 * field, also when the framework refuses it before the controller runs (a date that is no date, a missing parameter),
 * which would otherwise answer a problem document in English. Before Boot's problem-details handler (order 0); after
 * {@link ApiErrors}, which answers the same for the API.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrors {

    /** Longest part of a refused value repeated on the page. */
    private static final int SHOWN = 40;

    private final LayoutModel layout;

    PageErrors(LayoutModel layout) {
        this.layout = layout;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        layout.addTo(model);
        return "error/404";
    }

    @ExceptionHandler(InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(InvalidInputException e, Model model) {
        return badRequest(e, model);
    }

    @ExceptionHandler(TypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badValue(TypeMismatchException e, Model model) {
        return badRequest(badValue(e), model);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String missing(MissingServletRequestParameterException e, Model model) {
        return badRequest(missing(e), model);
    }

    /**
     * A conflict no page caught beside its form (pages catch {@link InvalidInputException}, conflicts included), or a
     * unique index or lock that refused a request racing another: the 409 page with the sentence, never a 500.
     */
    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        layout.addTo(model);
        model.addAttribute("inputError", e);
        return "error/409";
    }

    @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String duplicate(Model model) {
        return conflict(new ConflictException("request", "error.conflict.duplicate"), model);
    }

    @ExceptionHandler(org.springframework.dao.ConcurrencyFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String busy(Model model) {
        return conflict(new ConflictException("request", "error.conflict.busy"), model);
    }

    /** The field and the value the framework could not read, as a validation error. */
    static InvalidInputException badValue(TypeMismatchException e) {
        String value = String.valueOf(e.getValue());
        if (value.length() > SHOWN) {
            value = value.substring(0, SHOWN) + "…";
        }
        return new InvalidInputException(e.getPropertyName(), "error.param.value", e.getPropertyName(), value);
    }

    static InvalidInputException missing(MissingServletRequestParameterException e) {
        return new InvalidInputException(e.getParameterName(), "error.param.missing", e.getParameterName());
    }

    private String badRequest(InvalidInputException e, Model model) {
        layout.addTo(model);
        model.addAttribute("inputError", e);
        return "error/400";
    }
}
