package id.pesona.monitoring;

import id.pesona.shared.RegionCode;
import id.pesona.shared.TenantProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws regions as inline SVG from the simplified GeoJSON boundaries in {@code classpath:geo/}: an equirectangular
 * projection (longitude scaled by the cosine of the mean latitude; near the equator, as here, almost none), no tiles,
 * no script. Where no boundaries exist for a level the page falls back to a tile grid.
 */
@Component
public class RegionMap {

    /** One region's outline as SVG path data, with its name and centroid in map coordinates. */
    public record Outline(RegionCode code, String name, String path, double labelX, double labelY) {}

    /** The outlines of the children of a region inside one view box. */
    public record Drawing(String viewBox, List<Outline> outlines) {}

    private static final double WIDTH = 1000;

    private final JsonMapper json;
    private final TenantProperties tenant;
    private final Map<String, List<Feature>> files = new ConcurrentHashMap<>();
    private final Map<RegionCode, java.util.Optional<Drawing>> drawings = new ConcurrentHashMap<>();

    RegionMap(JsonMapper json, TenantProperties tenant) {
        this.json = json;
        this.tenant = tenant;
    }

    private record Feature(RegionCode code, String name, List<List<double[]>> rings, double lat, double lng) {}

    /**
     * The children of {@code parent} (kecamatan of the regency, villages of a kecamatan) as outlines, or empty when no
     * boundary file covers them.
     */
    public java.util.Optional<Drawing> childrenOf(RegionCode parent) {
        // the boundaries are fixed for the life of the process: draw each parent once
        return drawings.computeIfAbsent(parent, this::draw);
    }

    private java.util.Optional<Drawing> draw(RegionCode parent) {
        String file = switch (parent.level()) {
            case KABUPATEN -> "kecamatan";
            case KECAMATAN -> "desa-kelurahan";
            default -> null;
        };
        if (file == null || !tenant.root().contains(parent)) {
            return java.util.Optional.empty();
        }
        List<Feature> features = files.computeIfAbsent(file, this::load).stream()
                .filter(f -> parent.contains(f.code()) && !parent.equals(f.code()))
                .toList();
        if (features.isEmpty()) {
            return java.util.Optional.empty();
        }
        double minLng = Double.MAX_VALUE,
                maxLng = -Double.MAX_VALUE,
                minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE;
        for (Feature f : features) {
            for (List<double[]> ring : f.rings()) {
                for (double[] p : ring) {
                    minLng = Math.min(minLng, p[0]);
                    maxLng = Math.max(maxLng, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        double cos = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double scale = WIDTH / Math.max(1e-9, (maxLng - minLng) * cos);
        double height = Math.max(1, (maxLat - minLat) * scale);
        List<Outline> out = new ArrayList<>();
        for (Feature f : features) {
            StringBuilder d = new StringBuilder();
            for (List<double[]> ring : f.rings()) {
                for (int i = 0; i < ring.size(); i++) {
                    double x = (ring.get(i)[0] - minLng) * cos * scale;
                    double y = (maxLat - ring.get(i)[1]) * scale;
                    d.append(i == 0 ? 'M' : 'L').append(num(x)).append(' ').append(num(y));
                }
                d.append('Z');
            }
            out.add(new Outline(
                    f.code(), f.name(), d.toString(), (f.lng() - minLng) * cos * scale, (maxLat - f.lat()) * scale));
        }
        return java.util.Optional.of(
                new Drawing("-10 -10 " + num(WIDTH + 20) + " " + num(height + 20), List.copyOf(out)));
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private List<Feature> load(String kind) {
        String path = "/geo/" + tenant.root().digits() + "-" + kind + ".geojson";
        try (InputStream in = RegionMap.class.getResourceAsStream(path)) {
            if (in == null) {
                return List.of();
            }
            JsonNode root = json.readTree(in);
            List<Feature> out = new ArrayList<>();
            for (JsonNode f : root.get("features")) {
                JsonNode props = f.get("properties");
                RegionCode code = RegionCode.parse(props.get("kode").asString());
                JsonNode g = f.get("geometry");
                List<List<double[]>> rings = new ArrayList<>();
                List<JsonNode> polygons = new ArrayList<>();
                if ("Polygon".equals(g.get("type").asString())) {
                    polygons.add(g.get("coordinates"));
                } else {
                    g.get("coordinates").forEach(polygons::add);
                }
                for (JsonNode polygon : polygons) {
                    for (JsonNode ring : polygon) {
                        List<double[]> points = new ArrayList<>();
                        ring.forEach(p -> points.add(
                                new double[] {p.get(0).doubleValue(), p.get(1).doubleValue()}));
                        rings.add(points);
                    }
                }
                out.add(new Feature(
                        code,
                        props.get("nama").asString(),
                        rings,
                        props.get("lat").doubleValue(),
                        props.get("lng").doubleValue()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
