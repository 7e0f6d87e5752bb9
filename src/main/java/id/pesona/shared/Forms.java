package id.pesona.shared;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Puts a service's validation error on the form field it names, or on the form when no field matches. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult result, InvalidInputException e) {
        Object target = result.getTarget();
        if (target != null && BeanUtils.getPropertyDescriptor(target.getClass(), e.field()) != null) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
