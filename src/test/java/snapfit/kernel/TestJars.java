package snapfit.kernel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;

/** Builds a real jar for the class path magics: one class {@code demo.Greeter} with {@code hello()}. */
final class TestJars {

    private TestJars() {
    }

    /** Compiles {@code demo.Greeter} (whose {@code hello()} returns {@code greeting}) into {@code dir/name}. */
    static Path greeterJar(Path dir, String name, String greeting) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("src-" + name).resolve("demo"));
        Path classes = Files.createDirectories(dir.resolve("classes-" + name));
        Path source = Files.writeString(sources.resolve("Greeter.java"),
                "package demo; public class Greeter { public static String hello() { return \"" + greeting + "\"; } }");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed with status " + status + " on " + source);
        }
        Path jar = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("demo/Greeter.class"));
            try (OutputStream entry = out) {
                Files.copy(classes.resolve("demo").resolve("Greeter.class"), entry);
            }
        }
        return jar;
    }
}
