package govkg.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded, with Bolt on 127.0.0.1, until SIGTERM or SIGINT, or until its
 * standard input reaches end of file: the process that started it holds that pipe, so when that
 * process dies, for any reason, this one stops too. With --service it ignores standard input.
 * Usage: EmbeddedNeo4j <storeDir> [port] [--service]. Port 0 (the default) picks a free port.
 * Authentication stays on: the password of user neo4j is generated on first start and kept in
 * <storeDir>/password (mode 600). It keeps <storeDir>/server.json (pid, status "starting", then
 * "ready" with the Bolt address and user), removed again at shutdown, so other clients of the
 * same store find it; when Bolt accepts connections it prints one line, "GOVKG_NEO4J_READY bolt://127.0.0.1:PORT"; the Node side waits for it.
 * A store another process holds gives one line, "GOVKG_NEO4J_LOCKED", and exit code 3.
 */
public final class EmbeddedNeo4j {
  private EmbeddedNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: EmbeddedNeo4j <storeDir> [port]");
      System.exit(2);
    }
    Path store = Path.of(args[0]).toAbsolutePath();
    boolean service = java.util.Arrays.asList(args).contains("--service");
    int port = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 0;
    if (port == 0) port = freePort();
    Files.createDirectories(store);
    String password = readOrCreatePassword(store.resolve("password"));
    if (!service) exitWhenStdinCloses();
    Path state = store.resolve("server.json");
    writeState(state, null);

    DatabaseManagementService dbms;
    GraphDatabaseService db;
    try {
      dbms = new DatabaseManagementServiceBuilder(store)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
          .setConfig(HttpConnector.enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          .setConfig(GraphDatabaseSettings.transaction_timeout, java.time.Duration.ofMinutes(10))
          // User Cypher reads the graph and nothing else: no LOAD CSV from the filesystem, and a
          // query that holds too much memory fails instead of starving the others.
          .setConfig(GraphDatabaseSettings.allow_file_urls, false)
          .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 512L * 1024 * 1024)
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, 1024L * 1024 * 1024)
          .setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, java.time.Duration.ofMillis(100))
          // The watchdog holds console queries to a CPU budget by Neo4j's own count.
          .setConfig(GraphDatabaseSettings.track_query_cpu_time, true)
          // Bolt's event loops stop as soon as the databases have: by default each of its two
          // loop groups waits out a quiet period of 5 s, 10 s of every shutdown spent idle.
          .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
          .build();
      setPassword(dbms, password);
      db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      db.executeTransactionally("RETURN 1");
    } catch (RuntimeException e) {
      if (!isStoreLocked(e)) throw e;
      System.out.println("GOVKG_NEO4J_LOCKED " + store);
      System.out.flush();
      Runtime.getRuntime().halt(3);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    String bolt = "bolt://127.0.0.1:" + port;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      removeState(state);
      dbms.shutdown();
      stopped.countDown();
    }, "govkg-neo4j-shutdown"));

    QueryWatchdog.start(dbms, GraphDatabaseSettings.DEFAULT_DATABASE_NAME, 500, 50);
    writeState(state, bolt);
    System.out.println("GOVKG_NEO4J_READY " + bolt);
    System.out.flush();
    stopped.await();
  }

  /** Exits (running the shutdown hook) when standard input ends; halts if shutdown hangs. */
  private static void exitWhenStdinCloses() {
    Thread watcher = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // input is not expected; only its end matters
        }
      } catch (IOException e) {
        // a broken pipe is an end too
      }
      Thread halt = new Thread(() -> {
        try {
          Thread.sleep(1500);
        } catch (InterruptedException e) {
          return;
        }
        Runtime.getRuntime().halt(1);
      }, "govkg-neo4j-halt");
      halt.setDaemon(true);
      halt.start();
      System.exit(0);
    }, "govkg-neo4j-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static boolean isStoreLocked(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      String name = e.getClass().getName();
      String message = String.valueOf(e.getMessage());
      if (name.endsWith("FileLockException") || message.contains("Lock file has been locked")) return true;
      if (e.getCause() == e) break;
    }
    return false;
  }

  /**
   * Writes the state file through a temporary file and a rename, so readers never see half:
   * status "starting" (no address yet) while the store opens, then "ready" with the Bolt address.
   */
  private static void writeState(Path state, String bolt) throws IOException {
    String json = "{\"status\":\"" + (bolt == null ? "starting" : "ready") + "\",\"pid\":"
        + ProcessHandle.current().pid() + (bolt == null ? "" : ",\"bolt\":\"" + bolt + "\"")
        + ",\"user\":\"neo4j\",\"started\":\"" + java.time.Instant.now() + "\"}\n";
    Path temporary = state.resolveSibling("server.json." + ProcessHandle.current().pid());
    Files.writeString(temporary, json, StandardCharsets.UTF_8);
    Files.move(temporary, state, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /** Removes the state file if it is still this process's (a newer server may have replaced it). */
  private static void removeState(Path state) {
    try {
      String text = Files.readString(state, StandardCharsets.UTF_8);
      if (text.contains("\"pid\":" + ProcessHandle.current().pid() + ",")) Files.deleteIfExists(state);
    } catch (IOException e) {
      // already gone
    }
  }

  private static void setPassword(DatabaseManagementService dbms, String password) {
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to set a password equal to the current one: that is the state we want.
      String message = String.valueOf(e.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static String readOrCreatePassword(Path file) throws IOException {
    if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).trim();
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, password, StandardCharsets.UTF_8);
    return password;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress("127.0.0.1", 0));
      return socket.getLocalPort();
    }
  }
}
