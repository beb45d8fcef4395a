package no.gevinst.municipalities.entity;

import java.util.List;

/**
 * The municipalities drawn as SVG: each outline's path data in the drawing's units, and the viewBox they fit in.
 * Kartverket's data under CC BY 4.0, so wherever it is shown it carries {@link #CREDIT}.
 */
public record MapDrawing(List<Outline> outlines, String viewBox) {

    public static final String CREDIT = "© Kartverket";

    public MapDrawing {
        outlines = List.copyOf(outlines);
    }

    /** One municipality's outline: its number, name and SVG path data. */
    public record Outline(String number, String name, String path) {
    }
}
