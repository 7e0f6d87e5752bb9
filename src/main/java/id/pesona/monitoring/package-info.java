/**
 * Monitoring and evaluation (monev): coverage dashboards with drill-down, charts and a map, the budget planner,
 * arrears, cards and data-quality panels, reports for leadership and the Paritrana Award, and the public figures. Reads
 * the other modules through their public services only; owns the figures the admin enters and the stored reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package id.pesona.monitoring;
