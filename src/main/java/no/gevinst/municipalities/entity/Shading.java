package no.gevinst.municipalities.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How a map of municipalities is coloured by a figure: up to five classes of equal counts (quantiles) over the
 * municipalities that have one above zero, each a shade of blue from light to dark (ColorBrewer's Blues, which
 * reads in greyscale and to the colour-blind), and a grey for those that have none.
 *
 * @param upperBounds the largest value of each class, ascending
 */
public record Shading(List<BigDecimal> upperBounds) {

    public static final List<String> COLOURS = List.of("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c");
    public static final String NONE = "#f0f0f0";

    public Shading {
        upperBounds = List.copyOf(upperBounds);
    }

    public static Shading of(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().filter(v -> v != null && v.signum() > 0).sorted().toList();
        List<BigDecimal> bounds = new ArrayList<>();
        int classes = Math.min(COLOURS.size(), sorted.size());
        for (int i = 1; i <= classes; i++) {
            BigDecimal bound = sorted.get((int) Math.ceil(i * sorted.size() / (double) classes) - 1);
            if (bounds.isEmpty() || bound.compareTo(bounds.getLast()) > 0) {
                bounds.add(bound);
            }
        }
        return new Shading(bounds);
    }

    /** The class of a value, 0 the lightest; -1 for none. */
    public int classOf(BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            return -1;
        }
        for (int i = 0; i < upperBounds.size(); i++) {
            if (value.compareTo(upperBounds.get(i)) <= 0) {
                return i;
            }
        }
        return upperBounds.size() - 1;
    }

    /** The colour of the class of {@code value}: with fewer classes than colours, spread over light to dark. */
    public String colourOf(BigDecimal value) {
        int shade = classOf(value);
        return shade < 0 ? NONE : colourOfClass(shade);
    }

    public String colourOfClass(int shade) {
        int classes = upperBounds.size();
        return COLOURS.get(classes <= 1 ? COLOURS.size() - 1
                : Math.round(shade * (COLOURS.size() - 1) / (float) (classes - 1)));
    }

    /** The legend: each class's lowest and highest value (the lowest just above the class below). */
    public List<Band> legend() {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < upperBounds.size(); i++) {
            bands.add(new Band(i, i == 0 ? null : upperBounds.get(i - 1), upperBounds.get(i), colourOfClass(i)));
        }
        return bands;
    }

    /** A class of the legend: above {@code above} (null: above zero) up to and with {@code upTo}. */
    public record Band(int shade, BigDecimal above, BigDecimal upTo, String colour) {
    }
}
