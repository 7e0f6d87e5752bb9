package id.pesona.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every counted number a controller takes as a request parameter has its range in {@link ParameterLimits} (or is an
 * identifier): a parameter added later without one fails here. Dates and months are ranged by their type.
 */
class ParameterLimitsTest {

    @Test
    void everyNumericRequestParameterHasARangeOrIsAnIdentifier() throws Exception {
        Map<String, long[]> ranges = ParameterLimits.numberRanges(java.time.Clock.systemUTC());
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> unranged = new ArrayList<>();
        int numeric = 0;
        int dates = 0;
        for (BeanDefinition bd : scanner.findCandidateComponents("id.pesona")) {
            Class<?> type = Class.forName(bd.getBeanClassName());
            for (Method m : type.getDeclaredMethods()) {
                for (Parameter p : m.getParameters()) {
                    RequestParam rp = p.getAnnotation(RequestParam.class);
                    if (rp == null) {
                        continue;
                    }
                    String name = !rp.name().isEmpty() ? rp.name() : !rp.value().isEmpty() ? rp.value() : p.getName();
                    Class<?> t = p.getType();
                    if (t == LocalDate.class || t == YearMonth.class) {
                        dates++;
                    }
                    boolean number = t == int.class || t == Integer.class || t == long.class || t == Long.class;
                    if (number) {
                        numeric++;
                        if (!ranges.containsKey(name) && !ParameterLimits.IDENTIFIERS.contains(name)) {
                            unranged.add(type.getSimpleName() + "." + m.getName() + "(" + name + ")");
                        }
                    }
                }
            }
        }
        assertThat(numeric).isGreaterThan(20);
        assertThat(dates).isGreaterThan(20);
        assertThat(unranged).as("numeric request parameters without a range").isEmpty();
    }
}
