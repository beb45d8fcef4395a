package no.gevinst.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.platform.entity.InvalidInputException;
import no.gevinst.platform.entity.Violation;

/**
 * Reads a JSON request body whole and checks it before it is bound, because JSON-B binds some bodies without
 * complaint that do not say what the client meant:
 * <ul>
 * <li>a body cut off before its end, or with something after its value, is bound from what was read: refused as
 * malformed (the parser's {@code JsonParsingException}, answered 400 by {@link ProblemMapper});</li>
 * <li>a value of the wrong kind is converted: {@code "approve": "ja"} became {@code false} and sent a recommendation
 * back, {@code ["R"]} became the text {@code R}. A list or object where the request class has a single value, a text
 * where it has a yes/no or a number, and a single value where it has a list are refused as invalid, naming the
 * field.</li>
 * </ul>
 */
@Provider
public class StrictJson implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
                while (parser.hasNext()) {
                    parser.next();
                }
            }
            JsonValue value;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                value = reader.readValue();
            }
            List<Violation> wrong = new ArrayList<>();
            check(value, context.getGenericType(), "body", wrong);
            InvalidInputException.throwIfAny(wrong);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Adds a violation for each value in {@code value} of another kind than {@code type} takes. */
    static void check(JsonValue value, Type type, String field, List<Violation> wrong) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL || type == null) {
            return;
        }
        JsonValue.ValueType kind = value.getValueType();
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || raw == JsonValue.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        boolean fits;
        if (raw == Boolean.class || raw == boolean.class) {
            fits = kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE;
        } else if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != char.class)) {
            fits = kind == JsonValue.ValueType.NUMBER;
        } else if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
            fits = kind == JsonValue.ValueType.ARRAY;
            if (fits && type instanceof ParameterizedType generic) {
                JsonArray items = value.asJsonArray();
                for (int i = 0; i < items.size(); i++) {
                    check(items.get(i), generic.getActualTypeArguments()[0], field(field, i), wrong);
                }
            }
        } else if (raw == java.time.LocalDate.class) {
            fits = kind == JsonValue.ValueType.STRING;
            if (fits && !isDate(((jakarta.json.JsonString) value).getString())) {
                // JSON-B reads 2027-02-30 as 28 February: a day that does not exist is refused, not moved.
                wrong.add(Violation.of(field, "validation.date"));
                return;
            }
        } else if (raw == String.class || raw.isEnum() || raw.getName().startsWith("java.time.")) {
            fits = kind == JsonValue.ValueType.STRING || kind == JsonValue.ValueType.NUMBER;
        } else if (raw.getName().startsWith("java.")) {
            return;
        } else {
            fits = kind == JsonValue.ValueType.OBJECT;
            if (fits) {
                JsonObject object = value.asJsonObject();
                for (Field member : raw.getFields()) {
                    if (!Modifier.isStatic(member.getModifiers()) && object.containsKey(member.getName())) {
                        check(object.get(member.getName()), member.getGenericType(),
                                field.equals("body") ? member.getName() : field + "." + member.getName(), wrong);
                    }
                }
            }
        }
        if (!fits) {
            wrong.add(Violation.of(field, "validation.wrongKind"));
        }
    }

    private static boolean isDate(String text) {
        try {
            java.time.LocalDate.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static String field(String list, int index) {
        return (list.equals("body") ? "" : list) + "[" + index + "]";
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> plain) {
            return plain;
        }
        return null;
    }
}
