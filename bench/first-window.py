#!/usr/bin/env python3
"""Process start to the first painted chart, seen from outside and from inside (docs/BENCHMARKS.md, "First window").

    bench/first-window.py ROUNDS LABEL=COMMAND [LABEL=COMMAND ...]

Each COMMAND is run by the shell, rounds alternating over the commands, on a fresh Xvfb screen of
1440x900 per run, with DATA set to a new data folder (pass -Ddivergence.dataDir=$DATA) into which
the folder $KEEP/class-data is hard-linked when KEEP is set for that label (LABEL@KEEP=COMMAND).
Outside: the screen is read every 40 ms (xwd) until at least 400 pixels have the headline chart's
mining colour (#d55e00, light theme): the chart is on screen. Inside: the app's own line "first chart
painted N ms after the JVM started" (-Ddivergence.firstChart=print), counted from the JVM that
paints it (for the plain jar the second JVM). Also the CPU time (user + system) of all the run's processes until the
chart was seen, which other work on the machine changes far less than the wall times. Prints each
run, then medians; the load average beside.
"""
import os, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

MINING = bytes([0x00, 0x5e, 0xd5])  # #d55e00 as xwd's little-endian BGRX pixels
NEEDED = 400


def screen_has_chart(display):
    raw = subprocess.run(["xwd", "-root", "-silent", "-display", display], capture_output=True).stdout
    if len(raw) < 8:
        return False
    header = int.from_bytes(raw[0:4], "big")
    return raw.count(MINING, header) >= NEEDED


TICK = os.sysconf("SC_CLK_TCK")


def tree_cpu_ms(pid):
    """CPU time (user + system) of the process and all its descendants so far."""
    total, frontier = 0, [pid]
    while frontier:
        p = frontier.pop()
        try:
            stat = open(f"/proc/{p}/stat").read()
            fields = stat[stat.rindex(")") + 2:].split()
            total += int(fields[11]) + int(fields[12])
            for t in os.listdir(f"/proc/{p}/task"):
                frontier += [int(c) for c in open(f"/proc/{p}/task/{t}/children").read().split()]
        except (FileNotFoundError, ProcessLookupError, ValueError):
            pass
    return total * 1000 // TICK


def one_run(command, keep):
    for n in range(91, 160):
        if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
            break
    display = f":{n}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not os.path.exists(f"/tmp/.X11-unix/X{n}"):
        time.sleep(0.02)
    data = tempfile.mkdtemp(prefix="first-window-")
    with open(os.path.join(data, "settings.json"), "w") as f:
        f.write('{"tourSeen":"true"}')
    if keep:
        subprocess.run(["cp", "-al", os.path.join(keep, "class-data"), data], check=True)
    env = dict(os.environ, DISPLAY=display, DATA=data)
    inner = []
    start = time.monotonic()
    app = subprocess.Popen(command, shell=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True, start_new_session=True)

    def read():
        for line in app.stderr:
            m = re.search(r"first chart painted (\d+) ms", line)
            if m:
                inner.append(int(m.group(1)))

    threading.Thread(target=read, daemon=True).start()
    outer = cpu = None
    while time.monotonic() - start < 60:
        if screen_has_chart(display):
            outer = (time.monotonic() - start) * 1000
            cpu = tree_cpu_ms(app.pid)
            break
        time.sleep(0.04)
    deadline = time.monotonic() + 5
    while not inner and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(app.pid, signal.SIGTERM)
    app.wait()
    xvfb.terminate()
    xvfb.wait()
    shutil.rmtree(data, ignore_errors=True)
    return outer, inner[0] if inner else None, cpu


def main():
    rounds = int(sys.argv[1])
    configs = []
    for arg in sys.argv[2:]:
        label, command = arg.split("=", 1)
        label, _, keep = label.partition("@")
        configs.append((label, command, keep or None))
    print(f"machine: {os.cpu_count()} cores; load average at start: {open('/proc/loadavg').read().split()[:3]}")
    results = {label: [] for label, _, _ in configs}
    for r in range(rounds):
        for label, command, keep in configs:
            outer, inner, cpu = one_run(command, keep)
            load = open("/proc/loadavg").read().split()[0]
            results[label].append((outer, inner, cpu))
            print(f"round {r + 1} {label:34} screen {outer and round(outer):>6} ms   inside {inner} ms   "
                  f"cpu {cpu} ms   load {load}", flush=True)
    print("\nmedians (fastest):")
    for label, runs in results.items():
        outs = [o for o, _, _ in runs if o]
        ins = [i for _, i, _ in runs if i]
        cpus = [c for _, _, c in runs if c]
        if outs and ins:
            print(f"{label:34} screen {statistics.median(outs):6.0f} ms ({min(outs):.0f})   "
                  f"inside {statistics.median(ins):6.0f} ms ({min(ins)})   cpu {statistics.median(cpus):6.0f} ms ({min(cpus)})")
    print(f"load average at the end: {open('/proc/loadavg').read().split()[:3]}")


main()
