package govkg.server;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.kernel.api.KernelTransactionHandle;
import org.neo4j.kernel.api.TerminationMark;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.net.NetworkConnectionTracker;
import org.neo4j.kernel.api.net.TrackedNetworkConnection;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.impl.api.KernelTransactions;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Stops the thread of a query that goes on running after Neo4j marked its transaction for
 * termination (a timeout or TERMINATE). Neo4j checks the mark between rows and on store access,
 * not inside an expression: `reduce(s = 0, i IN range(1, 4000000000) | s + i)` would otherwise
 * keep a core busy long after its timeout. A thread still running its query `graceMillis` after
 * the mark gets Thread.stop(), which unwinds it through its finally blocks, and its Bolt connection
 * is closed (Bolt cannot encode the message-less ThreadDeath as a FAILURE, so the client learns of
 * the end from the closed connection). Thread.stop works up to Java 19; on later JDKs this logs
 * once and stops watching.
 * Console queries (transaction metadata govkg: "console") are held to more: past the CPU time in
 * their metadata (cpuMs) they are marked for termination (status Request.ResourceExhaustion), and
 * once they have used {@link #LOWER_AFTER_CPU_MS} of CPU their thread runs at nice 19 until the
 * query ends, so a long console query takes only the CPU the app's own reads leave.
 */
final class QueryWatchdog implements Runnable {
  /** CPU time after which a console query's thread is lowered. */
  static final long LOWER_AFTER_CPU_MS = 100;
  private final DatabaseManagementService dbms;
  private final String database;
  private final long graceNanos;
  private final Map<Long, Long> stopped = new ConcurrentHashMap<>();
  private Field threadIdField;
  private ThreadPriorities priorities;

  private QueryWatchdog(DatabaseManagementService dbms, String database, long graceMillis) {
    this.dbms = dbms;
    this.database = database;
    this.graceNanos = TimeUnit.MILLISECONDS.toNanos(graceMillis);
  }

  /** Starts the watchdog of `database` on a daemon thread that checks every `periodMillis`. */
  static void start(DatabaseManagementService dbms, String database, long graceMillis, long periodMillis) {
    QueryWatchdog watchdog = new QueryWatchdog(dbms, database, graceMillis);
    Thread thread = new Thread(() -> {
      watchdog.priorities = ThreadPriorities.probe();
      if (!watchdog.priorities.available()) {
        System.err.println("govkg: console queries keep their priority: " + watchdog.priorities.unavailable());
      }
      while (!Thread.currentThread().isInterrupted()) {
        try {
          Thread.sleep(periodMillis);
          watchdog.run();
        } catch (InterruptedException e) {
          return;
        } catch (UnsupportedOperationException e) {
          System.err.println("govkg: this JDK cannot stop a runaway query thread (" + e + ")");
          return;
        } catch (RuntimeException | LinkageError e) {
          // The database may be stopping; try again at the next period.
        }
      }
    }, "govkg-query-watchdog");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  @SuppressWarnings("removal")
  public void run() {
    GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(database);
    KernelTransactions transactions = db.getDependencyResolver().resolveDependency(KernelTransactions.class);
    NetworkConnectionTracker connections =
        db.getDependencyResolver().resolveDependency(NetworkConnectionTracker.class);
    long now = System.nanoTime();
    stopped.values().removeIf(at -> now - at > TimeUnit.SECONDS.toNanos(60));
    Map<Long, Thread> threads = null;
    Set<Long> low = new HashSet<>();
    for (KernelTransactionHandle handle : transactions.activeTransactions()) {
      Optional<ExecutingQuery> query = handle.executingQuery();
      if (query.isEmpty()) continue;
      long threadId = threadIdOf(query.get());
      if (threadId < 0) continue;
      holdConsoleQuery(handle, query.get(), threadId, low);
      Optional<TerminationMark> mark = handle.terminationMark();
      if (mark.isEmpty() || now - mark.get().getTimestampNanos() < graceNanos) continue;
      if (stopped.containsKey(handle.getTransactionSequenceNumber())) continue;
      if (threads == null) threads = liveThreads();
      Thread thread = threads.get(threadId);
      if (thread == null || thread == Thread.currentThread()) continue;
      stopped.put(handle.getTransactionSequenceNumber(), now);
      // A pool replaces a stopped worker from the dying thread, and a new thread takes its nice value.
      low.remove(threadId);
      if (priorities != null) priorities.restore(threadId);
      thread.stop();
      handle.clientInfo().map(ClientConnectionInfo::connectionId).map(connections::get)
          .ifPresent(TrackedNetworkConnection::close);
    }
    if (priorities != null && (!low.isEmpty() || priorities.hasLowered())) {
      priorities.lowerOnly(low, threads == null ? liveThreads() : threads);
    }
  }

  /**
   * Applies a console query's CPU budget and adds its thread to `low` once it has used
   * LOWER_AFTER_CPU_MS. The CPU time is Neo4j's own count for the query (db.track_query_cpu_time).
   */
  private static void holdConsoleQuery(KernelTransactionHandle handle, ExecutingQuery query, long threadId,
      Set<Long> low) {
    Map<String, Object> meta = handle.getMetaData();
    if (!"console".equals(meta.get("govkg"))) return;
    OptionalLong micros = query.snapshot().cpuTimeMicros();
    if (micros.isEmpty()) return;
    long used = micros.getAsLong() / 1000;
    if (meta.get("cpuMs") instanceof Number budget && budget.longValue() > 0 && used > budget.longValue()
        && handle.terminationMark().isEmpty()) {
      handle.markForTermination(Status.Request.ResourceExhaustion);
    }
    if (used >= LOWER_AFTER_CPU_MS) low.add(threadId);
  }

  private long threadIdOf(ExecutingQuery query) {
    try {
      if (threadIdField == null) {
        Field field = ExecutingQuery.class.getDeclaredField("threadExecutingTheQueryId");
        field.setAccessible(true);
        threadIdField = field;
      }
      return threadIdField.getLong(query);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  private static Map<Long, Thread> liveThreads() {
    Map<Long, Thread> threads = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) threads.put(thread.getId(), thread);
    return threads;
  }
}
