package govkg.server;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

import com.sun.jna.Library;
import com.sun.jna.Native;

/**
 * Lowers the OS priority (Linux nice 19) of single Java threads and gives it back. On Linux the
 * nice value belongs to each thread: setpriority(PRIO_PROCESS, tid) changes that thread alone.
 * The native id of a Java thread comes from HotSpot's thread dump ("#javaId ... nid=0x…").
 * Giving the priority back needs CAP_SYS_NICE or RLIMIT_NICE: without it a lowered pool thread
 * would stay low for every later query, so then nothing is lowered at all ({@link #available}).
 */
final class ThreadPriorities {
  /** The nice value of a lowered thread; 0 is the one given back. */
  static final int LOW = 19;
  private static final int PRIO_PROCESS = 0;
  private static final Pattern DUMP_LINE = Pattern.compile("^\".*\" #(\\d+) .*\\bnid=(0x[0-9a-fA-F]+|\\d+)\\b");

  /** The few calls of the C library used here. */
  interface LibC extends Library {
    int setpriority(int which, int who, int prio);
  }

  private final LibC libc;
  private final String unavailable;
  private final Map<Long, Integer> nativeIds = new HashMap<>();
  /** Lowered threads: Java thread id to native thread id. */
  private final Map<Long, Integer> lowered = new HashMap<>();

  private ThreadPriorities(LibC libc, String unavailable) {
    this.libc = libc;
    this.unavailable = unavailable;
  }

  /**
   * Checks, on the calling thread, that a thread's nice value can be raised and lowered again;
   * the calling thread ends at nice 0 when it can.
   */
  static ThreadPriorities probe() {
    try {
      LibC libc = Native.load("c", LibC.class);
      String self = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
      int tid = Integer.parseInt(self);
      if (libc.setpriority(PRIO_PROCESS, tid, 1) != 0) return new ThreadPriorities(null, "setpriority failed");
      if (libc.setpriority(PRIO_PROCESS, tid, 0) != 0) {
        return new ThreadPriorities(null, "a lowered priority cannot be given back (no CAP_SYS_NICE, RLIMIT_NICE 0)");
      }
      return new ThreadPriorities(libc, null);
    } catch (Exception | LinkageError e) {
      return new ThreadPriorities(null, "no per-thread priority on this system (" + e + ")");
    }
  }

  /** Null when threads can be lowered and raised again; else why not. */
  String unavailable() {
    return unavailable;
  }

  boolean available() {
    return libc != null;
  }

  boolean hasLowered() {
    return !lowered.isEmpty();
  }

  /** Gives a lowered thread back nice 0 now. */
  void restore(long javaId) {
    Integer tid = lowered.remove(javaId);
    if (tid != null && libc != null) libc.setpriority(PRIO_PROCESS, tid, 0);
  }

  /**
   * Keeps exactly the threads of `low` lowered: lowers those not yet lowered and gives the
   * others back their priority (a thread that ended is only forgotten).
   */
  void lowerOnly(Set<Long> low, Map<Long, Thread> live) {
    if (libc == null) return;
    boolean ended = false;
    for (Iterator<Map.Entry<Long, Integer>> it = lowered.entrySet().iterator(); it.hasNext();) {
      Map.Entry<Long, Integer> entry = it.next();
      if (low.contains(entry.getKey())) continue;
      if (live.containsKey(entry.getKey())) libc.setpriority(PRIO_PROCESS, entry.getValue(), 0);
      else ended = true;
      it.remove();
    }
    if (ended) raiseOthers();
    for (long javaId : low) {
      if (lowered.containsKey(javaId)) continue;
      Integer tid = nativeId(javaId);
      if (tid != null && libc.setpriority(PRIO_PROCESS, tid, LOW) == 0) lowered.put(javaId, tid);
    }
    nativeIds.keySet().retainAll(live.keySet());
  }

  /**
   * Gives nice 0 back to any thread of this process at LOW that is not lowered here: a thread
   * started by a lowered one (a pool replacing a worker that ended) inherits its nice value.
   */
  private void raiseOthers() {
    Set<Integer> kept = new java.util.HashSet<>(lowered.values());
    try (java.util.stream.Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : (Iterable<Path>) tasks::iterator) {
        int tid = Integer.parseInt(task.getFileName().toString());
        if (kept.contains(tid)) continue;
        String stat = Files.readString(task.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(") ") + 2).split(" ");
        if (fields.length > 16 && Integer.parseInt(fields[16]) == LOW) libc.setpriority(PRIO_PROCESS, tid, 0);
      }
    } catch (java.io.IOException | RuntimeException e) {
      // a thread that ended while listed is no matter
    }
  }

  /** Java thread ids are never reused, so the map holds until the thread ends. */
  private Integer nativeId(long javaId) {
    Integer known = nativeIds.get(javaId);
    if (known != null) return known;
    try {
      Object dump = ManagementFactory.getPlatformMBeanServer().invoke(
          new ObjectName("com.sun.management:type=DiagnosticCommand"), "threadPrint",
          new Object[] {new String[0]}, new String[] {String[].class.getName()});
      for (String line : String.valueOf(dump).split("\n")) {
        Matcher m = DUMP_LINE.matcher(line);
        if (!m.find()) continue;
        String nid = m.group(2);
        nativeIds.put(Long.parseLong(m.group(1)),
            nid.startsWith("0x") ? Integer.parseInt(nid.substring(2), 16) : Integer.parseInt(nid));
      }
    } catch (Exception e) {
      // no dump: this thread is not lowered
    }
    // A thread missing from the dump is not looked up again while it lives.
    Integer found = nativeIds.putIfAbsent(javaId, -1);
    return found == null || found < 0 ? null : found;
  }
}
