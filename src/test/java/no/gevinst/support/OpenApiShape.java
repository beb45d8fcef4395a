package no.gevinst.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The shape of an OpenAPI document: every operation with its parameters, request body and responses, and each schema
 * resolved through {@code $ref} into one tree of property names with their types, formats, enums and items (and the
 * other keywords that constrain a value). What only names or explains is left out: the component keys schemas are filed
 * under, descriptions, summaries, titles, examples, operation ids and tags. A value the earlier document left
 * undescribed (a bare {@code object}) may be described in the later one, error answers the earlier one left unwritten
 * may be written as the ranges {@code 4XX} and {@code 5XX}, and a success written as {@code default} may be written
 * under its status; a whole number's size, a type beside an enum, a whole number for a number, and an enum, a pattern
 * or required fields where none were written say more precisely what the values always were. Whether a value may be
 * null is not part of the shape: the earlier document did not say so, though the API wrote nulls then as now. So two
 * documents of the same API have the same shape however its classes are named and its resources split, and {@link
 * #differences} lists, one a line, what a client would see changed.
 */
public final class OpenApiShape {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    /** Schema keywords holding a value (compared as JSON text); the nested ones are handled one by one. */
    private static final List<String> VALUE_KEYWORDS = List.of("type", "format", "enum", "const", "default", "nullable",
            "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
            "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "required", "readOnly",
            "writeOnly", "contentMediaType", "contentEncoding");

    private static final List<String> COMBINATIONS = List.of("oneOf", "anyOf");

    private static final List<String> ERROR_RANGES = List.of("4XX", "5XX");

    /** Parameter fields besides {@code schema}, with the value OpenAPI gives them when they are left out. */
    private static final Map<String, JsonValue> PARAMETER_FIELDS = Map.of("required", JsonValue.FALSE, "deprecated",
            JsonValue.FALSE, "allowEmptyValue", JsonValue.FALSE, "allowReserved", JsonValue.FALSE);

    private final JsonObject document;
    private final Predicate<String> included;
    private final String contextRoot;
    private final SortedMap<String, Operation> operations = new TreeMap<>(OpenApiShape::byPathThenMethod);

    private OpenApiShape(JsonObject document, Predicate<String> included, String contextRoot) {
        this.document = document;
        this.included = included;
        this.contextRoot = contextRoot;
        JsonObject paths = document.getJsonObject("paths");
        if (paths == null) {
            return;
        }
        for (String documented : paths.keySet()) {
            String path = withoutContextRoot(documented, contextRoot);
            if (!included.test(path)) {
                continue;
            }
            JsonObject item = (JsonObject) resolve(paths.get(documented));
            for (String method : METHODS) {
                if (item.containsKey(method)) {
                    String name = method.toUpperCase() + " " + path;
                    operations.put(name, new Operation(name, path, method, item, item.getJsonObject(method)));
                }
            }
        }
    }

    public static OpenApiShape parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return of(reader.readObject());
        }
    }

    public static OpenApiShape of(JsonObject document) {
        return new OpenApiShape(document, path -> true, "");
    }

    /**
     * The same document's shape with only the paths {@code included} (after the context root is taken off): a test
     * deployment's own helpers are not part of the API.
     */
    public OpenApiShape only(Predicate<String> alsoIncluded) {
        return new OpenApiShape(document, included.and(alsoIncluded), contextRoot);
    }

    /**
     * The shape with {@code contextRoot} (e.g. {@code /gevinst}) taken off the paths that start with it, for a server
     * that documents its paths under the application's context root.
     */
    public OpenApiShape underContextRoot(String root) {
        return new OpenApiShape(document, included, root);
    }

    /** The operations, "METHOD /path", by path and then method. */
    public SortedMap<String, Operation> operations() {
        return java.util.Collections.unmodifiableSortedMap(operations);
    }

    /**
     * What changed from {@code before} to {@code after}, one line per difference, each starting with the operation:
     * "GET /x: missing", "POST /x: response 201 added", "PUT /x: request body application/json schema changed:
     * property a.b missing"... Empty when both have the same shape.
     */
    public static List<String> differences(OpenApiShape before, OpenApiShape after) {
        List<String> found = new ArrayList<>();
        for (var old : before.operations.entrySet()) {
            Operation now = after.operations.get(old.getKey());
            if (now == null) {
                found.add(old.getKey() + ": missing");
            } else {
                old.getValue().compareWith(now, found);
            }
        }
        for (String name : after.operations.keySet()) {
            if (!before.operations.containsKey(name)) {
                found.add(name + ": added");
            }
        }
        return found;
    }

    private static String withoutContextRoot(String path, String contextRoot) {
        String root = contextRoot.endsWith("/") ? contextRoot.substring(0, contextRoot.length() - 1) : contextRoot;
        return !root.isEmpty() && path.startsWith(root + "/") ? path.substring(root.length()) : path;
    }

    private static int byPathThenMethod(String a, String b) {
        int path = a.substring(a.indexOf(' ') + 1).compareTo(b.substring(b.indexOf(' ') + 1));
        return path != 0 ? path : Integer.compare(METHODS.indexOf(a.substring(0, a.indexOf(' ')).toLowerCase()),
                METHODS.indexOf(b.substring(0, b.indexOf(' ')).toLowerCase()));
    }

    /** One operation of the document: its canonical parameters, request body and responses. */
    public final class Operation {

        private final String name;
        private final String path;
        private final String method;
        /** "in name" (header names in lower case) → field → canonical value; {@code schema} is a schema tree. */
        private final SortedMap<String, SortedMap<String, Object>> parameters = new TreeMap<>();
        /** Null without a request body, else {@code required} and a tree per media type. */
        private final SortedMap<String, Object> requestBody;
        /** Status → media type → schema tree, and "header NAME" → schema tree. */
        private final SortedMap<String, SortedMap<String, Object>> responses = new TreeMap<>();
        private final String deprecated;
        /** The alternative ways to be let in: a way added is no change to a client, a way removed is. */
        private final TreeSet<String> security;
        private final JsonObject raw;

        Operation(String name, String path, String method, JsonObject pathItem, JsonObject operation) {
            this.name = name;
            this.path = path;
            this.method = method;
            this.raw = operation;
            List<JsonValue> declared = new ArrayList<>();
            // Parameters of the path item apply to each operation unless the operation declares the same one again.
            if (pathItem.containsKey("parameters")) {
                declared.addAll(pathItem.getJsonArray("parameters"));
            }
            if (operation.containsKey("parameters")) {
                declared.addAll(operation.getJsonArray("parameters"));
            }
            for (JsonValue value : declared) {
                JsonObject parameter = (JsonObject) resolve(value);
                String in = parameter.getString("in", "?");
                String parameterName = parameter.getString("name", "?");
                SortedMap<String, Object> fields = new TreeMap<>();
                PARAMETER_FIELDS.forEach((field, absent) -> fields.put(field,
                        parameter.getOrDefault(field, absent).toString()));
                for (String field : List.of("style", "explode")) {
                    if (parameter.containsKey(field)) {
                        fields.put(field, parameter.get(field).toString());
                    }
                }
                fields.put("schema", schema(parameter.get("schema")));
                if (parameter.containsKey("content")) {
                    fields.put("content", content(parameter.getJsonObject("content")));
                }
                parameters.put(in + " " + (in.equals("header") ? parameterName.toLowerCase() : parameterName), fields);
            }
            if (operation.containsKey("requestBody")) {
                JsonObject body = (JsonObject) resolve(operation.get("requestBody"));
                requestBody = new TreeMap<>();
                requestBody.put("required", body.getOrDefault("required", JsonValue.FALSE).toString());
                requestBody.put("content", content(body.getJsonObject("content")));
            } else {
                requestBody = null;
            }
            JsonObject declaredResponses = operation.getJsonObject("responses");
            for (String status : declaredResponses == null ? List.<String>of() : declaredResponses.keySet()) {
                JsonObject response = (JsonObject) resolve(declaredResponses.get(status));
                SortedMap<String, Object> shape = new TreeMap<>(content(response.getJsonObject("content")));
                JsonObject headers = response.getJsonObject("headers");
                for (String header : headers == null ? List.<String>of() : headers.keySet()) {
                    shape.put("header " + header.toLowerCase(),
                            schema(((JsonObject) resolve(headers.get(header))).get("schema")));
                }
                responses.put(status, shape);
            }
            deprecated = operation.getOrDefault("deprecated", JsonValue.FALSE).toString();
            security = security(operation.containsKey("security") ? operation.getJsonArray("security")
                    : document.getJsonArray("security"));
        }

        public String name() {
            return name;
        }

        /** The path as documented, e.g. {@code /api/v1/applications/{id}}. */
        public String path() {
            return path;
        }

        /** The HTTP method, upper case. */
        public String method() {
            return method.toUpperCase();
        }

        /** The media types of the request body, as the document orders them; empty without one. */
        public List<String> requestMediaTypes() {
            JsonValue body = raw.get("requestBody");
            return body == null ? List.of() : List.copyOf(((JsonObject) resolve(body)).getJsonObject("content").keySet());
        }

        /** The names of the parameters of this kind ("path", "query", "header"), in lower case for headers. */
        public List<String> parameterNames(String in) {
            return parameters.keySet().stream().filter(key -> key.startsWith(in + " "))
                    .map(key -> key.substring(in.length() + 1)).toList();
        }

        void compareWith(Operation now, List<String> found) {
            String prefix = name + ": ";
            compareKeyed(parameters, now.parameters, "parameter ", found, prefix, (parameter, old, changed) -> {
                for (String field : new TreeSet<>(union(old.keySet(), changed.keySet()))) {
                    Object before = old.get(field);
                    Object after = changed.get(field);
                    if (field.equals("schema")) {
                        compareSchema(before, after, prefix + "parameter " + parameter + " schema changed: ", "", found);
                    } else if (field.equals("content")) {
                        compareContent(before, after, prefix + "parameter " + parameter + " ", found);
                    } else if (!Objects.equals(before, after)) {
                        found.add(prefix + "parameter " + parameter + " " + field + " " + text(before) + " -> "
                                + text(after));
                    }
                }
            });
            if (requestBody != null && now.requestBody == null) {
                found.add(prefix + "request body missing");
            } else if (requestBody == null && now.requestBody != null) {
                found.add(prefix + "request body added");
            } else if (requestBody != null) {
                if (!requestBody.get("required").equals(now.requestBody.get("required"))) {
                    found.add(prefix + "request body required " + requestBody.get("required") + " -> "
                            + now.requestBody.get("required"));
                }
                compareContent(requestBody.get("content"), now.requestBody.get("content"), prefix + "request body ",
                        found);
            }
            // Error answers described as a range (4XX, 5XX) where the earlier document described none: the statuses
            // were answered before as well, only not written down.
            var nowResponses = new TreeMap<>(now.responses);
            ERROR_RANGES.stream().filter(range -> !responses.containsKey(range)).forEach(nowResponses::remove);
            var earlierResponses = successUnderItsStatus(responses, nowResponses);
            compareKeyed(earlierResponses, nowResponses, "response ", found, prefix,
                    (status, old, changed) -> compareContent(old, changed, prefix + "response " + status + " ", found));
            if (!deprecated.equals(now.deprecated)) {
                found.add(prefix + "deprecated " + deprecated + " -> " + now.deprecated);
            }
            if (!now.security.containsAll(security)) {
                found.add(prefix + "security " + security + " -> " + now.security);
            }
        }
    }

    /**
     * The earlier responses with a success the earlier document wrote as {@code default} under the status the later
     * one writes it as (its one 2xx), and without the media types that {@code default} listed from the method's
     * {@code @Produces} with nothing said of them (a bare object), which the success does not have: a file download
     * whose success is the file, or a {@code 204} with no body.
     */
    @SuppressWarnings("unchecked")
    private static SortedMap<String, SortedMap<String, Object>> successUnderItsStatus(
            SortedMap<String, SortedMap<String, Object>> earlier, SortedMap<String, SortedMap<String, Object>> now) {
        List<String> successes = now.keySet().stream().filter(status -> status.startsWith("2")).toList();
        if (!earlier.containsKey("default") || now.containsKey("default") || successes.size() != 1) {
            return earlier;
        }
        var renamed = new TreeMap<>(earlier);
        var success = new TreeMap<>(renamed.remove("default"));
        var nowSuccess = now.get(successes.get(0));
        success.keySet().removeIf(type -> !nowSuccess.containsKey(type) && isUndescribed(success.get(type)));
        renamed.put(successes.get(0), success);
        return renamed;
    }

    private interface KeyedComparison<T> {
        void compare(String key, T before, T after);
    }

    private static <T> void compareKeyed(SortedMap<String, T> before, SortedMap<String, T> after, String what,
            List<String> found, String prefix, KeyedComparison<T> both) {
        for (String key : new TreeSet<>(union(before.keySet(), after.keySet()))) {
            if (!after.containsKey(key)) {
                found.add(prefix + what + key + " missing");
            } else if (!before.containsKey(key)) {
                found.add(prefix + what + key + " added");
            } else {
                both.compare(key, before.get(key), after.get(key));
            }
        }
    }

    /** Media type (or "header x") → schema tree; {@code where} ends with a space. */
    @SuppressWarnings("unchecked")
    private static void compareContent(Object before, Object after, String where, List<String> found) {
        var old = (SortedMap<String, Object>) before;
        var now = (SortedMap<String, Object>) after;
        for (String type : new TreeSet<>(union(old.keySet(), now.keySet()))) {
            String kind = type.startsWith("header ") ? "" : "media type ";
            if (!now.containsKey(type)) {
                found.add(where + kind + type + " missing");
            } else if (!old.containsKey(type)) {
                found.add(where + kind + type + " added");
            } else {
                compareSchema(old.get(type), now.get(type), where + type + " schema changed: ", "", found);
            }
        }
    }

    /** Compares two schema trees; {@code at} is the property path so far ("" at the root). */
    @SuppressWarnings("unchecked")
    private static void compareSchema(Object before, Object after, String prefix, String at, List<String> found) {
        if (Objects.equals(before, after) || isUndescribed(before)) {
            return;
        }
        if (!(before instanceof SortedMap) || !(after instanceof SortedMap)) {
            found.add(prefix + (at.isEmpty() ? "" : at + ": ") + text(before) + " -> " + text(after));
            return;
        }
        var old = (SortedMap<String, Object>) before;
        var now = (SortedMap<String, Object>) after;
        for (String key : new TreeSet<>(union(old.keySet(), now.keySet()))) {
            Object was = old.get(key);
            Object is = now.get(key);
            if (Objects.equals(was, is) || refines(key, was, is)) {
                continue;
            }
            switch (key) {
                case "properties" -> {
                    var oldProperties = was == null ? new TreeMap<String, Object>() : (SortedMap<String, Object>) was;
                    var newProperties = is == null ? new TreeMap<String, Object>() : (SortedMap<String, Object>) is;
                    for (String property : new TreeSet<>(union(oldProperties.keySet(), newProperties.keySet()))) {
                        String path = at.isEmpty() ? property : at + "." + property;
                        if (!newProperties.containsKey(property)) {
                            found.add(prefix + "property " + path + " missing");
                        } else if (!oldProperties.containsKey(property)) {
                            found.add(prefix + "property " + path + " added");
                        } else {
                            compareSchema(oldProperties.get(property), newProperties.get(property), prefix, path, found);
                        }
                    }
                }
                case "items" -> compareNested(was, is, prefix, at + "[]", "items", found);
                case "additionalProperties" -> compareNested(was, is, prefix, at + "{}", "additionalProperties", found);
                case "not" -> compareNested(was, is, prefix, at + "(not)", "not", found);
                case "oneOf", "anyOf" -> {
                    List<Object> oldList = was == null ? List.of() : (List<Object>) was;
                    List<Object> newList = is == null ? List.of() : (List<Object>) is;
                    if (oldList.size() != newList.size()) {
                        found.add(prefix + (at.isEmpty() ? "" : at + ": ") + key + " of " + oldList.size() + " -> "
                                + newList.size() + " schemas");
                    } else {
                        for (int i = 0; i < oldList.size(); i++) {
                            compareSchema(oldList.get(i), newList.get(i), prefix, at + "(" + key + " " + i + ")", found);
                        }
                    }
                }
                default -> found.add(prefix + (at.isEmpty() ? "" : at + ": ") + key + " " + text(was) + " -> "
                        + text(is));
            }
        }
    }

    /**
     * A keyword that says more precisely what the values always were: the size of a whole number where none was
     * written, a type where only an enum was, a whole number where a number was, and the values, pattern or required
     * fields the server checked before the document said so.
     */
    private static boolean refines(String keyword, Object was, Object is) {
        return switch (keyword) {
            case "format" -> was == null && List.of("int32", "int64").contains(is);
            // what the server refused before as well, now written down: a code outside its enum, an amount that is no
            // amount, a request without a field it cannot do without
            case "enum", "pattern", "required" -> was == null;
            case "type" -> was == null && is != null || "number".equals(was) && "integer".equals(is);
            default -> false;
        };
    }

    /**
     * A value the document only called an object, saying nothing of what it holds (as dates and times were before the
     * API document was made exact): any description of it now refines what was said, and changes nothing a client saw.
     */
    private static boolean isUndescribed(Object schema) {
        return schema instanceof SortedMap<?, ?> keywords && keywords.size() == 1
                && "object".equals(keywords.get("type"));
    }

    private static void compareNested(Object was, Object is, String prefix, String at, String key, List<String> found) {
        if (was == null || is == null) {
            found.add(prefix + at + ": " + key + " " + text(was) + " -> " + text(is));
        } else {
            compareSchema(was, is, prefix, at, found);
        }
    }

    private static String text(Object value) {
        return value == null ? "(none)" : value instanceof SortedMap<?, ?> map ? "schema " + map : value.toString();
    }

    private static <T> Collection<T> union(Collection<T> a, Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private SortedMap<String, Object> content(JsonObject content) {
        SortedMap<String, Object> types = new TreeMap<>();
        for (String type : content == null ? List.<String>of() : content.keySet()) {
            types.put(type, schema(content.getJsonObject(type).get("schema")));
        }
        return types;
    }

    /** The schema as a tree of keyword → value (JSON text), property → tree, items → tree; null for none. */
    private Object schema(JsonValue schema) {
        return schema == null ? null : schema(schema, new ArrayList<>());
    }

    /**
     * {@code expanding} holds the references being expanded above this one: meeting one of them again is a cycle, shown
     * as how many levels of expansion up it leads, not by the component's name.
     */
    @SuppressWarnings("unchecked")
    private SortedMap<String, Object> schema(JsonValue value, List<String> expanding) {
        SortedMap<String, Object> tree = new TreeMap<>();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            tree.put("schema", value.toString()); // true or false
            return tree;
        }
        JsonObject schema = value.asJsonObject();
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            int level = expanding.indexOf(ref);
            if (level >= 0) {
                tree.put("recursive", (expanding.size() - level) + " level(s) up");
                return tree;
            }
            JsonValue target = pointer(ref);
            if (target == null) {
                tree.put("unresolved $ref", ref);
                return tree;
            }
            List<String> deeper = new ArrayList<>(expanding);
            deeper.add(ref);
            tree.putAll(schema(target, deeper));
            // Keywords beside a $ref (OpenAPI 3.1) add to what it refers to.
            JsonObject siblings = Json.createObjectBuilder(schema).remove("$ref").build();
            merge(tree, schema(siblings, expanding));
            return tree;
        }
        for (String keyword : VALUE_KEYWORDS) {
            if (schema.containsKey(keyword) && !canonical(keyword, schema.get(keyword)).isEmpty()
                    && !(keyword.equals("type") && "null".equals(canonical(keyword, schema.get(keyword))))) {
                tree.put(keyword, canonical(keyword, schema.get(keyword)));
            }
        }
        if (schema.containsKey("properties")) {
            SortedMap<String, Object> properties = new TreeMap<>();
            JsonObject declared = schema.getJsonObject("properties");
            for (String property : declared.keySet()) {
                properties.put(property, schema(declared.get(property), expanding));
            }
            tree.put("properties", properties);
        }
        for (String nested : List.of("items", "additionalProperties", "not")) {
            if (schema.containsKey(nested)) {
                JsonValue inner = schema.get(nested);
                tree.put(nested, inner.getValueType() == JsonValue.ValueType.OBJECT ? schema(inner, expanding)
                        : inner.toString());
            }
        }
        for (String combination : COMBINATIONS) {
            if (schema.containsKey(combination)) {
                List<Object> alternatives = new ArrayList<>();
                for (JsonValue alternative : schema.getJsonArray(combination)) {
                    SortedMap<String, Object> shape = schema(alternative, expanding);
                    if (!shape.isEmpty()) { // only {type: null}, which says that the value may be null
                        alternatives.add(shape);
                    }
                }
                if (alternatives.size() == 1) {
                    merge(tree, (SortedMap<String, Object>) alternatives.get(0));
                } else {
                    tree.put(combination, alternatives);
                }
            }
        }
        // allOf: every part applies, so its parts are merged into one tree (a subclass reads as its fields).
        if (schema.containsKey("allOf")) {
            for (JsonValue part : schema.getJsonArray("allOf")) {
                merge(tree, schema(part, expanding));
            }
        }
        return tree;
    }

    /** Adds {@code part} to {@code tree}: properties and required names joined, other keywords kept where set. */
    @SuppressWarnings("unchecked")
    private static void merge(SortedMap<String, Object> tree, SortedMap<String, Object> part) {
        for (var entry : part.entrySet()) {
            Object existing = tree.get(entry.getKey());
            if (existing == null) {
                tree.put(entry.getKey(), entry.getValue());
            } else if (entry.getKey().equals("properties")) {
                var joined = new TreeMap<>((SortedMap<String, Object>) existing);
                ((SortedMap<String, Object>) entry.getValue()).forEach(joined::putIfAbsent);
                tree.put("properties", joined);
            } else if (entry.getKey().equals("required")) {
                var names = new TreeSet<>(List.of(((String) existing).split(",")));
                names.addAll(List.of(((String) entry.getValue()).split(",")));
                tree.put("required", String.join(",", names));
            }
        }
    }

    /** A keyword's value as JSON text; enums and required names sorted, since their order means nothing. */
    private static String canonical(String keyword, JsonValue value) {
        if (value instanceof JsonArray array && (keyword.equals("enum") || keyword.equals("required")
                || keyword.equals("type"))) {
            TreeSet<String> items = new TreeSet<>();
            for (JsonValue item : array) {
                items.add(item instanceof JsonString string ? string.getString() : item.toString());
            }
            items.remove("null"); // whether null may stand for the value is not part of the shape: see the class
            return String.join(keyword.equals("type") ? "|" : ",", items);
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    /** Follows a local reference ("#/components/..."); null when it leads nowhere or elsewhere. */
    private JsonValue pointer(String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        try {
            return Json.createPointer(ref.substring(1)).getValue(document);
        } catch (jakarta.json.JsonException notThere) {
            return null;
        }
    }

    /** A parameter, request body, response, header or path item, through its {@code $ref} if it has one. */
    private JsonValue resolve(JsonValue value) {
        JsonValue current = value;
        for (int hops = 0; hops < 20 && current instanceof JsonObject object && object.containsKey("$ref"); hops++) {
            JsonValue target = pointer(object.getString("$ref"));
            if (target == null) {
                throw new IllegalArgumentException("Unresolved $ref " + object.getString("$ref"));
            }
            current = target;
        }
        return current;
    }

    private TreeSet<String> security(JsonArray requirements) {
        if (requirements == null) {
            return new TreeSet<>(java.util.Set.of("(none)"));
        }
        TreeSet<String> alternatives = new TreeSet<>();
        JsonObject schemes = document.containsKey("components")
                ? document.getJsonObject("components").getJsonObject("securitySchemes") : null;
        for (JsonValue requirement : requirements) {
            TreeSet<String> all = new TreeSet<>();
            for (var entry : requirement.asJsonObject().entrySet()) {
                JsonValue scheme = schemes == null ? null : schemes.get(entry.getKey());
                String shape = scheme == null ? "unknown scheme" : ((JsonObject) resolve(scheme)).entrySet().stream()
                        .filter(e -> !e.getKey().equals("description"))
                        .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList().toString();
                all.add(shape + " scopes " + entry.getValue());
            }
            alternatives.add(String.join(" and ", all));
        }
        return alternatives;
    }

    /**
     * The differences that were not decided: those not listed, exactly as reported, in
     * {@code contract/accepted-changes.txt} (each change to the API's shape that was meant, with why; docs/api.md).
     */
    public static List<String> undecided(List<String> differences) {
        List<String> accepted;
        try (java.io.InputStream in = OpenApiShape.class.getResourceAsStream("/contract/accepted-changes.txt")) {
            accepted = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return differences.stream().filter(difference -> !accepted.contains(difference)).toList();
    }
}
