package no.gevinst.platform.rest;

import jakarta.ws.rs.core.Response;

/** A document the API hands out as a file to save: its bytes, its type and the name to save it as. */
public final class Downloads {

    private Downloads() {
    }

    /** A PDF to save as {@code fileName}, which holds only letters, digits, dots and hyphens. */
    public static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
