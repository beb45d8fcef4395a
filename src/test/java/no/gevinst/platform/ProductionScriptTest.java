package no.gevinst.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * payara/run-production.sh starts production on the JDK of JAVA_HOME and refuses one older than Payara Micro 7
 * needs, before anything starts. A stand-in {@code java} says which version it is and what it was asked to run.
 */
class ProductionScriptTest {

    @TempDir
    Path jdk;

    @Test
    void anOlderJdkThan21IsRefusedWithAMessageThatSaysWhatToDo() throws Exception {
        Result result = run(standInJava("17"));
        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("Gevinst runs on Java 21 or newer") && result.output().contains("JAVA_HOME"),
                result.output());
        assertTrue(!result.output().contains("started with"), "nothing was started: " + result.output());
    }

    @Test
    void theJdkOfJavaHomeRunsPayaraMicroWithTheWar() throws Exception {
        Result result = run(standInJava("25"));
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("started with -jar micro.jar --nocluster --port 8080 --contextroot /"),
                result.output());
        assertTrue(result.output().contains("--deploy gevinst.war"), result.output());
    }

    /** A {@code bin/java} that prints the settings line of {@code version} and echoes any other command line. */
    private Path standInJava(String version) throws IOException {
        Path bin = Files.createDirectories(jdk.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                if [[ "$1" == -XshowSettings:properties ]]; then
                    echo "    java.specification.version = %s" >&2
                    exit 0
                fi
                echo "started with $*"
                """.formatted(version), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "payara/run-production.sh", "micro.jar", "gevinst.war")
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("GEVINST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/none");
        builder.environment().put("GEVINST_DB_USER", "nobody");
        builder.environment().remove("GEVINST_CLUSTER_MEMBERS");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
