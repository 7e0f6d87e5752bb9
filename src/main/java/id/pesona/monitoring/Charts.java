package id.pesona.monitoring;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * Chart.js configurations as JSON for a {@code data-chart} attribute: the page's script draws them (the CSP allows no
 * inline script), and every chart has its numbers in a table beside it.
 */
final class Charts {

    record Dataset(String label, List<? extends Number> data) {}

    record Chart(String type, List<String> labels, List<Dataset> datasets, boolean horizontal, boolean percent) {}

    private Charts() {}

    static String json(JsonMapper mapper, Chart chart) {
        return mapper.writeValueAsString(chart);
    }
}
