package no.gevinst.municipalities.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShadingTest {

    private static List<BigDecimal> values(int... numbers) {
        return IntStream.of(numbers).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void fiveClassesOfEqualCountsFromLightToDark() {
        Shading shading = Shading.of(values(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertEquals(values(2, 4, 6, 8, 10), shading.upperBounds());
        assertEquals(0, shading.classOf(BigDecimal.ONE));
        assertEquals(2, shading.classOf(BigDecimal.valueOf(5)));
        assertEquals(4, shading.classOf(BigDecimal.TEN));
        assertEquals(Shading.COLOURS.getFirst(), shading.colourOf(BigDecimal.ONE));
        assertEquals(Shading.COLOURS.getLast(), shading.colourOf(BigDecimal.TEN));
        assertEquals(-1, shading.classOf(null), "no figure");
        assertEquals(Shading.NONE, shading.colourOf(BigDecimal.ZERO), "nothing is not the lightest class");
        assertEquals(5, shading.legend().size());
    }

    @Test
    void fewValuesMakeFewerClassesSpreadFromLightToDark() {
        Shading one = Shading.of(values(7));
        assertEquals(Shading.COLOURS.getLast(), one.colourOf(BigDecimal.valueOf(7)), "a single figure: the darkest");
        Shading two = Shading.of(values(3, 3, 9));
        assertEquals(values(3, 9), two.upperBounds(), "equal values share a class");
        assertEquals(Shading.COLOURS.getFirst(), two.colourOf(BigDecimal.valueOf(3)));
        assertEquals(Shading.COLOURS.getLast(), two.colourOf(BigDecimal.valueOf(9)));
        assertEquals(List.of(), Shading.of(List.of()).legend(), "no figures, no classes");
    }
}
