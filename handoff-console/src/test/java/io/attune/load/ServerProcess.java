package io.attune.load;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Attune in its own JVM, as the README runs it (-Xmx1g, embedded H2 file database, simple broker),
 * so its heap and resident memory are its own and not the load generator's.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(5);

    public final int port;
    final Path dataDir;
    private final Process process;

    private ServerProcess(int port, Path dataDir, Process process) {
        this.port = port;
        this.dataDir = dataDir;
        this.process = process;
    }

    /** @param extraArgs further {@code --key=value} settings, e.g. the raised Tomcat connection limit */
    static ServerProcess start(Path dataDir, Path log, String adminPassword, String heap, List<String> extraArgs)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl(dataDir)));
        args.addAll(extraArgs);
        return startWith(dataDir, log, adminPassword, heap, args);
    }

    /**
     * Starts the server with only these settings beside its port and admin password: with
     * {@code --attune.data-dir} it uses application.yml's own H2 URL, as the README's command does.
     * The class copies go to a folder of their own per start, so a server may be started again on the
     * same data after {@link #kill()}.
     */
    public static ServerProcess startWith(Path dataDir, Path log, String adminPassword, String heap, List<String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        Path copies = Files.createDirectories(dataDir).resolve("app-" + System.nanoTime());
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx" + heap, "-cp", serverClasspath(copies),
                "io.attune.app.AttuneApplication", "--server.port=" + port,
                "--attune.security.initial-admin.password=" + adminPassword));
        if (System.getProperty("attune.data.dir") != null) {
            command.add(1, "-Dattune.data.dir=" + System.getProperty("attune.data.dir"));
        }
        String jvmOptions = System.getProperty("attune.load.server-jvm", "").strip();
        if (!jvmOptions.isEmpty()) {
            command.addAll(1, List.of(jvmOptions.split("\\s+")));
        }
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(port, dataDir, process);
        server.awaitHealthy(log);
        return server;
    }

    /** AUTO_SERVER lets the generator count stored turns while the server has the file open. */
    static String jdbcUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("attune").toAbsolutePath() + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    /** kill -9: the process ends at once, with no shutdown hook and nothing flushed; its data stays. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server did not die within 30 s of SIGKILL");
        }
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size of the server process, from /proc (Linux). */
    long rssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IOException("no VmRSS for " + pid());
    }

    /** A full collection in the server, so heap figures show what is live, not what is garbage. */
    void collectGarbage() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid()), "GC.run").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        jcmd.waitFor(60, TimeUnit.SECONDS);
    }

    private void awaitHealthy(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server stopped while starting; see " + log);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(1, TimeUnit.SECONDS);
        }
        close();
        throw new IOException("the server did not become healthy within " + START_LIMIT + "; see " + log);
    }

    /** SIGTERM: a graceful shutdown, as in production; then the database and class copies go. */
    @Override
    public void close() throws InterruptedException, IOException {
        stop();
        try (var files = Files.walk(dataDir)) {
            for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The generator's classpath without its test classes, with the project's own classes and snapshot
     * jars copied aside first: other builds in the same working tree rewrite target/ while the server runs.
     */
    /** SIGTERM and wait: a graceful shutdown that leaves the data for another start. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String serverClasspath(Path copies) throws IOException {
        List<String> entries = new ArrayList<>();
        int n = 0;
        // Under Failsafe the JVM's own class path is a manifest-only jar; the test class path is this property.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.endsWith("test-classes") || entry.endsWith("test-classes/") || entry.endsWith("-tests.jar")) {
                continue;
            }
            boolean ours = Files.isDirectory(path) || entry.contains("SNAPSHOT");
            entries.add(ours ? copy(path, copies.resolve(n++ + "-" + path.getFileName())).toString() : entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
