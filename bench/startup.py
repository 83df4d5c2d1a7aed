#!/usr/bin/env python3
"""Time to first prompt and resident memory at it: ./berth against a bare JVM, in the same run.

Each program is started on a pseudo-terminal, as a person would start it. The clock stops
when its prompt appears; the resident set size (VmRSS) of the java process is read then;
'exit' is typed and the program is waited for. The bare JVM is a class that prints a prompt
and reads a line, started with the same java. Medians of N runs after one warm-up each.

usage: bench/startup.py [N]        (builds nothing: run ./berth once first)
"""
import fcntl, os, pty, select, statistics, struct, subprocess, sys, tempfile, termios, time

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10


def java_rss_kb(pid):
    """VmRSS of pid or of its java descendant (the launcher is a shell script)."""
    pids = [pid]
    try:
        out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        pids = [int(p) for p in out] + pids
    except OSError:
        pass
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
            if "java" in fields.get("Name", ""):
                return int(fields["VmRSS"].split()[0])
        except OSError:
            continue
    return None


def run_once(argv, prompt, env):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    buf = b""
    while prompt not in buf:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            raise RuntimeError(f"no prompt from {argv}: {buf[-300:]!r}")
        buf += os.read(fd, 65536)
    elapsed = time.perf_counter() - start
    rss = java_rss_kb(pid)
    os.write(fd, b"exit\r")
    try:
        while True:
            r, _, _ = select.select([fd], [], [], 10)
            if not r or not os.read(fd, 65536):
                break
    except OSError:
        pass
    os.waitpid(pid, 0)
    return elapsed * 1000, rss


def measure(name, argv, prompt, env):
    run_once(argv, prompt, env)  # warm-up (also makes berth's AppCDS archive if missing)
    times, rss = [], []
    for _ in range(N):
        t, r = run_once(argv, prompt, env)
        times.append(t)
        if r:
            rss.append(r)
    t_med, r_med = statistics.median(times), statistics.median(rss) if rss else 0
    print(f"{name:28s} median {t_med:7.1f} ms   min {min(times):7.1f} ms   RSS {r_med / 1024:6.1f} MiB")
    return t_med, r_med


def main():
    tmp = tempfile.mkdtemp(prefix="berth-bench-")
    with open(os.path.join(tmp, "Hello.java"), "w") as f:
        f.write('public class Hello { public static void main(String[] a) throws Exception {'
                ' System.out.print("hello> "); System.out.flush(); System.in.read(); } }')
    subprocess.run(["javac", "-d", tmp, os.path.join(tmp, "Hello.java")], check=True)
    env = dict(os.environ, BERTH_HOME=os.path.join(tmp, "home"), TERM="xterm-256color")
    print(f"{N} runs each; java: {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}")
    base_t, base_r = measure("bare JVM (hello, prompt)", ["java", "-cp", tmp, "Hello"], b"hello> ", env)
    berth_t, berth_r = measure("./berth sandbox", [os.path.join(HERE, "berth"), "sandbox"], b"learner@berth:", env)
    tutor_t, tutor_r = measure("./berth lesson first-container", [os.path.join(HERE, "berth"), "lesson", "first-container"],
                               b"learner@berth:", env)
    print(f"ratio to bare JVM: sandbox {berth_t / base_t:.2f}x time, {berth_r / base_r:.2f}x memory;"
          f" tutor {tutor_t / base_t:.2f}x time, {tutor_r / base_r:.2f}x memory"
          f"  (budget: 3x time, 2x memory)")


if __name__ == "__main__":
    main()
