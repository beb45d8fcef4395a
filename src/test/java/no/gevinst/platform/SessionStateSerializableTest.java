package no.gevinst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A session travels to the other node of the cluster by serialisation, view-scoped beans with it (they live in the
 * session). Everything such a bean or session-scoped bean holds, and everything that holds in turn, must be
 * Serializable, or the user's open pages are lost with the node that served them. Injected beans are the
 * container's serialisable proxies and are not followed.
 */
class SessionStateSerializableTest {

    @Test
    void everythingASessionHoldsCanTravelToAnotherNode() throws IOException {
        List<Class<?>> sessionBeans = applicationClasses().stream().filter(SessionStateSerializableTest::livesInSession)
                .toList();
        assertTrue(sessionBeans.size() >= 15, "found the pages' beans: " + sessionBeans);
        Set<String> problems = new TreeSet<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : sessionBeans) {
            check(bean, bean.getSimpleName(), problems, seen);
        }
        assertEquals(Set.of(), problems, "held in a session but not Serializable");
    }

    private static boolean livesInSession(Class<?> type) {
        return type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)
                || type.isAnnotationPresent(ConversationScoped.class);
    }

    private static void check(Type type, String path, Set<String> problems, Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), path, problems, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, path, problems, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof TypeVariable<?>) {
            // bounded by Object in this code base: what fills it is checked where it is named
        } else if (type instanceof Class<?> type1) {
            checkClass(type1, path, problems, seen);
        }
    }

    private static void checkClass(Class<?> type, String path, Set<String> problems, Set<Type> seen) {
        if (type.isPrimitive() || type == Object.class) {
            return;
        }
        if (type.isArray()) {
            check(type.getComponentType(), path + "[]", problems, seen);
            return;
        }
        if (type.isInterface()) {
            return; // List, Map, …: their type arguments are checked; the implementations used are Serializable
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName());
            return;
        }
        if (!type.getName().startsWith("no.gevinst.")) {
            return;
        }
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                        || field.isAnnotationPresent(Resource.class)) {
                    continue;
                }
                check(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static List<Class<?>> applicationClasses() throws IOException {
        Path root = Path.of("target/classes");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError notLoadable) {
                    throw new IllegalStateException(name, notLoadable);
                }
            }
        }
        return classes;
    }
}
