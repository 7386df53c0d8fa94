package org.balise.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.balise.loadtest.server.SessionBootstrap;

/**
 * Writes a jar holding {@link SessionBootstrap} alone, for the Balise JVM's {@code loader.path}: the server
 * gets that one class and none of the load test's own libraries, which would shadow its copies.
 */
final class BootstrapJar {

    private BootstrapJar() {
    }

    static Path write(Path jar) throws IOException {
        String entry = SessionBootstrap.class.getName().replace('.', '/') + ".class";
        try (InputStream classFile = SessionBootstrap.class.getClassLoader().getResourceAsStream(entry);
                OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            if (classFile == null) {
                throw new IOException("The load test's jar lacks " + entry);
            }
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
