package id.pesona.monitoring;

import id.pesona.region.Region;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The coverage of a region on a date, with a row per child region (kecamatan under the regency, villages under a
 * kecamatan), the registry by segment, occupation, sex and funding source, and coverage year by year.
 *
 * @param statusAvailable whether the contribution module answered the AKTIF/MENUNGGAK/NONAKTIF counts
 */
public record Figures(
        Region region,
        List<Region> lineage,
        LocalDate date,
        int year,
        Row total,
        List<Row> children,
        Map<String, Breakdown> breakdowns,
        List<YearRow> growth,
        boolean statusAvailable) {

    /**
     * One region's numbers. Status counts ({@code aktif}, {@code belumDibayar}, {@code menunggak}, {@code nonaktif})
     * are null when the contribution module cannot tell; when it can, they divide {@code registered} (registered and
     * not ended on the date) among them. {@code workforce} is null where the admin has entered no figure.
     */
    public record Row(
            RegionCode code,
            String name,
            RegionLevel level,
            long villages,
            long quota,
            long planned,
            long proposed,
            long verified,
            long registered,
            long stopped,
            Long aktif,
            Long belumDibayar,
            Long menunggak,
            Long nonaktif,
            Long workforce) {

        public String dotted() {
            return code.dotted();
        }

        /** Proposed, verified or registered: the workers the village has put forward and not ended. */
        public long active() {
            return proposed + verified + registered;
        }

        /** Registered workers against the quota, in basis points (10000 = 100 %). */
        public Long registeredOfQuota() {
            return ratio(registered, quota);
        }

        public Long aktifOfQuota() {
            return aktif == null ? null : ratio(aktif, quota);
        }

        public Long registeredOfPlanned() {
            return ratio(registered, planned);
        }

        public Long registeredOfWorkforce() {
            return workforce == null ? null : ratio(registered, workforce);
        }

        /** The figure the map colours by: AKTIF where known, else registered, against the quota. */
        public Long mapRatio() {
            return aktif != null ? aktifOfQuota() : registeredOfQuota();
        }
    }

    /** Counts of the registry along one attribute: registered, and still in process (proposed or verified). */
    public record Breakdown(String attribute, List<Slice> slices) {
        public long registered() {
            return slices.stream().mapToLong(Slice::registered).sum();
        }

        public long inProcess() {
            return slices.stream().mapToLong(Slice::inProcess).sum();
        }
    }

    /** {@code key} is a message key ({@code occupation.NELAYAN}, {@code sex.P}, ...). */
    public record Slice(String key, long registered, long inProcess) {}

    /**
     * Coverage in a year: registrations and exits during it, workers covered at its end (or on the date for the running
     * year), and the growth over the year before in basis points (null when the year before had none).
     */
    public record YearRow(int year, long registrations, long exits, long coveredAtEnd, Long growth) {}

    /** {@code part / whole} in basis points, rounded half up; null when the whole is zero. */
    public static Long ratio(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return Math.floorDiv(Math.addExact(Math.multiplyExact(part, 20_000L), whole), 2 * whole);
    }
}
