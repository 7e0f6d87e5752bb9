package id.pesona.shared.web;

import id.pesona.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A missing record on a page renders the friendly 404 page; bad input in a filter the 400 page. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /** Bad input in a link or a filter (a date, a region code): a page that says which field, not a 500. */
    @ExceptionHandler(id.pesona.shared.InvalidInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badInput(id.pesona.shared.InvalidInputException e, org.springframework.ui.Model model) {
        model.addAttribute("inputError", e);
        return "error/400";
    }
}
