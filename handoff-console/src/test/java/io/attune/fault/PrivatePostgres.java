package io.attune.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of this test's own (Debian's binaries, a fresh data folder, a free loopback port,
 * trust authentication), so it can be stopped and started without touching the machine's own. As
 * root it runs as the {@code postgres} user, which PostgreSQL requires.
 */
final class PrivatePostgres implements AutoCloseable {

    final int port;
    private final Path dataDir;
    private final Path bin;
    private final boolean asRoot;

    private PrivatePostgres(int port, Path dataDir, Path bin, boolean asRoot) {
        this.port = port;
        this.dataDir = dataDir;
        this.bin = bin;
        this.asRoot = asRoot;
    }

    static PrivatePostgres start(Path dir) throws IOException, InterruptedException {
        Path bin = binaries();
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path data = Files.createDirectories(dir.toAbsolutePath()).resolve("pgdata");
        if (asRoot) {
            run(List.of("chown", "-R", "postgres", dir.toAbsolutePath().toString()), false);
        }
        PrivatePostgres postgres = new PrivatePostgres(freePort(), data, bin, asRoot);
        run(postgres.as(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "--no-sync")), asRoot);
        postgres.startServer();
        return postgres;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A fast shutdown (open connections are cut), then a new start on the same data. */
    void stopServer() throws IOException, InterruptedException {
        run(as(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop")), asRoot);
    }

    void startServer() throws IOException, InterruptedException {
        run(as(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-l",
                dataDir.resolveSibling("postgres.log").toString(), "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir.getParent() + " -c fsync=on", "start")), asRoot);
    }

    private List<String> as(List<String> command) {
        if (!asRoot) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command, boolean ignored) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    /** Debian's newest PostgreSQL under /usr/lib/postgresql/{version}/bin. */
    private static Path binaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparing(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(v -> v.resolve("bin")).orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stopServer();
        } catch (IllegalStateException alreadyStopped) {
            // stopped by the test
        }
    }
}
