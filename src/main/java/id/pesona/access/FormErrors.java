package id.pesona.access;

import id.pesona.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's validation error on the form field it names. */
final class FormErrors {

    private FormErrors() {}

    static void reject(BindingResult result, InvalidInputException e) {
        if (result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(
                                result.getTarget().getClass(), e.field())
                        != null) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
