package no.gevinst.municipalities.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.gevinst.municipalities.entity.MapDrawing;

/**
 * The outlines of Norway's municipalities of 2024 (Kartverket's data under CC BY 4.0, simplified; see
 * {@code src/main/resources/no/gevinst/municipalities/maps/README.md}) drawn as SVG paths, read and projected once:
 * longitude is shortened by the cosine of 65° north, so the country keeps its shape, and every point is rounded to
 * the whole unit of a drawing 1000 units high, which keeps the page small.
 */
@ApplicationScoped
public class MunicipalityMap {

    private static final double HEIGHT = 1000;
    private static final double SHRINK = Math.cos(Math.toRadians(65));

    private volatile MapDrawing drawing;

    public MapDrawing drawing() {
        MapDrawing known = drawing;
        if (known == null) {
            known = read();
            drawing = known;
        }
        return known;
    }

    private static MapDrawing read() {
        JsonObject map;
        try (InputStream in = MunicipalityMap.class.getResourceAsStream("/no/gevinst/municipalities/maps/kommuner_2024.geojson");
                JsonReader reader = Json.createReader(in)) {
            map = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("The municipality map is part of the application", e);
        }
        List<JsonObject> features = map.getJsonArray("features").getValuesAs(JsonObject.class);
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        for (JsonObject feature : features) {
            for (JsonArray ring : rings(feature)) {
                for (JsonArray point : ring.getValuesAs(JsonArray.class)) {
                    double lon = point.getJsonNumber(0).doubleValue();
                    double lat = point.getJsonNumber(1).doubleValue();
                    minLon = Math.min(minLon, lon);
                    maxLon = Math.max(maxLon, lon);
                    minLat = Math.min(minLat, lat);
                    maxLat = Math.max(maxLat, lat);
                }
            }
        }
        double scale = HEIGHT / (maxLat - minLat);
        List<MapDrawing.Outline> outlines = new ArrayList<>();
        for (JsonObject feature : features) {
            StringBuilder path = new StringBuilder();
            for (JsonArray ring : rings(feature)) {
                long lastX = Long.MIN_VALUE;
                long lastY = Long.MIN_VALUE;
                int points = 0;
                StringBuilder part = new StringBuilder();
                for (JsonArray point : ring.getValuesAs(JsonArray.class)) {
                    long x = Math.round((point.getJsonNumber(0).doubleValue() - minLon) * SHRINK * scale);
                    long y = Math.round((maxLat - point.getJsonNumber(1).doubleValue()) * scale);
                    if (x == lastX && y == lastY) {
                        continue;
                    }
                    part.append(points == 0 ? "M" : " ").append(x).append(' ').append(y);
                    lastX = x;
                    lastY = y;
                    points++;
                }
                if (points >= 3) {
                    path.append(part).append('Z');
                }
            }
            JsonObject properties = feature.getJsonObject("properties");
            outlines.add(new MapDrawing.Outline(properties.getString("kommunenummer"), properties.getString("kommunenavn"),
                    path.toString()));
        }
        outlines.sort(Comparator.comparing(MapDrawing.Outline::number));
        long width = Math.round((maxLon - minLon) * SHRINK * scale);
        return new MapDrawing(outlines, "0 0 " + width + " " + Math.round(HEIGHT));
    }

    /** The rings of a feature's polygon or multipolygon, outer and holes alike (drawn with the even-odd rule). */
    private static List<JsonArray> rings(JsonObject feature) {
        JsonObject geometry = feature.getJsonObject("geometry");
        JsonArray coordinates = geometry.getJsonArray("coordinates");
        List<JsonArray> rings = new ArrayList<>();
        if ("MultiPolygon".equals(geometry.getString("type"))) {
            for (JsonValue polygon : coordinates) {
                rings.addAll(polygon.asJsonArray().getValuesAs(JsonArray.class));
            }
        } else {
            rings.addAll(coordinates.getValuesAs(JsonArray.class));
        }
        return rings;
    }
}
