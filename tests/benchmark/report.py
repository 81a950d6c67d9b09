# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes report.md and report.json from the records packaging/benchmark.sh collected.

Every figure comes from the records of this run: samples printed by phenomap_bench and
reference.py, or the wall time of a reference command; peak RSS from /usr/bin/time. Ratios
compare medians measured in the same run (ours / reference: below 1 is faster than it).
"""

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess

# (our metric, reference metric, what is compared, time note)
COMPARISONS = [
    ("import_csv", "sqlite3_import", "import CSV vs sqlite3 .import into a bare table",
     "issue 3: ratio < 1"),
    ("import_csv", "ogr2ogr_gpkg", "import vs ogr2ogr -f GPKG (default R-tree)", "issue 3: ratio <= 0.333"),
    ("zone_assignment_1_thread", "spatialite_within", "zone assignment vs SpatiaLite ST_Within (ogr2ogr -dialect sqlite)",
     "issue 3: ours < 200 ms"),
    ("zone_assignment_1_thread", "geopandas_sjoin", "zone assignment vs GeoPandas sjoin", "issue 3: ours < 200 ms"),
    ("kde_quartic_50m_300m", "qgis_heatmap", "quartic KDE 50 m / 300 m vs QGIS heat map", "issue 4: ratio <= 0.05"),
    ("gi_star_total", "ref_gi_star_total", "Gi* 300 m band, 100 m grid vs libpysal + numpy", "issue 5: ours < 50 ms"),
    ("lisa_999", "ref_lisa_999", "LISA 999 permutations vs numpy (esda-style)", "issue 5: ours < 2 s"),
]

# Absolute targets of the issues (for 1,000,000 incidents): metric -> (limit, unit, source).
TARGETS = {
    "zone_assignment_1_thread": (200, "ms", "issue 3"),
    "filter_change_engine_apply": (100, "ms", "issue 4"),
    "filter_change_engine_and_charts": (100, "ms", "issue 4 (engine + the four charts; frame separately)"),
    "frame_binned": (16, "ms", "issue 4"),
    "kde_quartic_50m_300m": (100, "ms", "issue 4"),
    "open_to_first_map": (1000, "ms", "issue 4"),
    "gi_star_total": (50, "ms", "issue 5"),
    "lisa_999": (2000, "ms", "issue 5"),
    "knox_999": (5000, "ms", "issue 5 (20,000 incidents)"),
}


def machine():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = 0
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal"):
                    mem = int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    try:
        load = os.getloadavg()
    except OSError:
        load = (0, 0, 0)
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem, 1),
            "kernel": platform.release(), "load_average_at_report": [round(x, 2) for x in load]}


def git(root, *args):
    try:
        return subprocess.run(["git", "-C", root, *args], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def summary(samples):
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def fmt(v, unit="ms"):
    if v is None:
        return "–"
    if unit == "ms" and v >= 10000:
        return f"{v / 1000:.1f} s"
    if unit == "ms" and v >= 1000:
        return f"{v / 1000:.2f} s"
    if abs(v) >= 100:
        return f"{v:.0f} {unit}".strip()
    if abs(v) >= 1:
        return f"{v:.1f} {unit}".strip()
    return f"{v:.3g} {unit}".strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", required=True)
    ap.add_argument("--commands", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--reps", type=int, required=True)
    ap.add_argument("--slow-reps", type=int, required=True)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--invocation", required=True)
    a = ap.parse_args()

    records = [json.loads(l) for l in open(a.records) if l.strip()]
    sizes = sorted({r["size"] for r in records})
    result = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
              "machine": machine(), "invocation": a.invocation, "seed": a.seed, "reps": a.reps,
              "slow_reps": a.slow_reps,
              "git": {"commit": git(a.root, "rev-parse", "HEAD"),
                      "dirty": bool(git(a.root, "status", "--porcelain"))},
              "commands": [l.rstrip("\n") for l in open(a.commands)], "sizes": {}}

    for size in sizes:
        metrics, values, not_measured, notes, failures = {}, {}, {}, [], []
        rss = {}
        for r in (r for r in records if r["size"] == size):
            rss.setdefault(r["name"], []).append(r["rss_kib"] / 1024)
            if r["rc"] != 0:
                err = open(r["err"]).read().strip().splitlines()[-3:] if os.path.exists(r["err"]) else []
                failures.append({"case": r["name"], "rep": r["rep"], "rc": r["rc"], "stderr": " | ".join(err)})
                continue
            if r["kind"] == "wall":
                m = metrics.setdefault(r["name"], {"unit": "ms", "samples": [], "case": r["name"],
                                                   "note": "wall time of the whole command"})
                m["samples"].append(r["wall_ms"])
                continue
            try:
                doc = json.load(open(r["out"]))
            except (OSError, ValueError) as e:
                failures.append({"case": r["name"], "rep": r["rep"], "rc": 0, "stderr": f"no JSON output: {e}"})
                continue
            for name, m in doc.get("metrics", {}).items():
                t = metrics.setdefault(name, {"unit": m.get("unit", "ms"), "samples": [], "case": r["name"],
                                              "note": m.get("note", "")})
                t["samples"].extend(m["samples"])
            for k, v in doc.get("values", {}).items():
                values[f"{r['name']}.{k}"] = v
            for k, v in doc.get("not_measured", {}).items():
                not_measured[k] = v
            notes.extend(f"{r['name']}: {n}" for n in doc.get("notes", []))
        for name, m in metrics.items():
            m.update(summary(m["samples"]))
            m["peak_rss_mib"] = round(max(rss.get(m["case"], [0])), 1)
        comps = []
        for ours, ref, label, target in COMPARISONS:
            if ours in metrics and ref in metrics:
                ratio = metrics[ours]["median"] / metrics[ref]["median"]
                comps.append({"ours": ours, "reference": ref, "what": label, "target": target,
                              "ours_median_ms": metrics[ours]["median"], "reference_median_ms": metrics[ref]["median"],
                              "ratio": ratio, "speedup": 1 / ratio if ratio else None})
            else:
                failed = {f["case"]: f["stderr"] for f in failures}
                ours_case = {"import_csv": "phenomap_import", "zone_assignment_1_thread": "phenomap_zones",
                             "kde_quartic_50m_300m": "phenomap_kde", "gi_star_total": "phenomap_hotspot",
                             "lisa_999": "phenomap_hotspot"}.get(ours, "")
                if ours in not_measured:
                    why = not_measured[ours]
                elif ours not in metrics:
                    why = ("our case failed: " + failed[ours_case]) if ours_case in failed else "our case did not run"
                else:
                    why = ("the reference failed: " + failed[ref]) if ref in failed else "the reference did not run"
                comps.append({"ours": ours, "reference": ref, "what": label, "target": target, "ratio": None,
                              "not_measured": why})
        targets = []
        for name, (limit, unit, src) in TARGETS.items():
            if name in metrics:
                targets.append({"metric": name, "limit": limit, "unit": unit, "source": src,
                                "median": metrics[name]["median"],
                                "met": metrics[name]["median"] < limit if size == 1000000 else None})
        bpi = values.get("phenomap_engine.bytes_per_incident")
        if bpi is not None:
            targets.append({"metric": "bytes_per_incident", "limit": 48, "unit": "B", "source": "issue 4",
                            "median": bpi, "met": bpi <= 48 if size == 1000000 else None})
        imp = rss.get("phenomap_import")
        if imp and "import_csv" in metrics:
            targets.append({"metric": "import peak RSS", "limit": 1024, "unit": "MiB", "source": "issue 3",
                            "median": max(imp), "met": max(imp) < 1024 if size == 1000000 else None})
        result["sizes"][str(size)] = {"metrics": metrics, "comparisons": comps, "targets": targets,
                                      "values": values, "not_measured": not_measured, "notes": notes,
                                      "failures": failures, "peak_rss_mib_per_command":
                                          {k: round(max(v), 1) for k, v in rss.items()}}

    with open(os.path.join(a.out, "report.json"), "w") as f:
        json.dump(result, f, indent=1)

    m = result["machine"]
    md = ["# Phenomap benchmark report", "",
          f"- Date: {result['date']}",
          f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB memory, Linux {m['kernel']}; "
          f"load average when the report was written: {', '.join(map(str, m['load_average_at_report']))}",
          f"- Commit: {result['git']['commit'][:12]}{' (with uncommitted changes)' if result['git']['dirty'] else ''}",
          f"- Invocation: `{a.invocation}`",
          f"- Repetitions: {a.reps} per case ({a.slow_reps} for the slow cases: Phenomap import, ogr2ogr GPKG, SpatiaLite "
          f"and GeoPandas); seed {a.seed}",
          "- Times are medians of the samples [min – max]; ratio = our median / reference median from this same "
          "run (below 1 = faster). Peak RSS is the largest of the case's processes (/usr/bin/time).",
          ""]
    for size, s in result["sizes"].items():
        md += [f"## {int(size):,} incidents", "", "### Against the references", "",
               "| What | Phenomap | Reference | Ratio | Target |", "|---|---|---|---|---|"]
        for c in s["comparisons"]:
            if c["ratio"] is None:
                md.append(f"| {c['what']} | not measured: {c['not_measured']} | | | {c['target']} |")
            else:
                o, r = s["metrics"][c["ours"]], s["metrics"][c["reference"]]
                md.append(f"| {c['what']} | {fmt(o['median'])} [{fmt(o['min'])} – {fmt(o['max'])}] | "
                          f"{fmt(r['median'])} [{fmt(r['min'])} – {fmt(r['max'])}] | {c['ratio']:.3g} "
                          f"({c['speedup']:.3g}x) | {c['target']} |")
        md += ["", "### All figures", "", "| Metric | Median | Min | Max | n | Peak RSS | Case | Note |",
               "|---|---|---|---|---|---|---|---|"]
        for name, x in sorted(s["metrics"].items(), key=lambda kv: (kv[1]["case"], kv[0])):
            u = x["unit"]
            md.append(f"| {name} | {fmt(x['median'], u)} | {fmt(x['min'], u)} | {fmt(x['max'], u)} | {x['n']} | "
                      f"{x['peak_rss_mib']:.0f} MiB | {x['case']} | {x['note']} |")
        md += ["", "### Targets stated in the issues (judged on 1,000,000 incidents only)", "",
               "| Figure | Median | Target | Met |", "|---|---|---|---|"]
        for t in s["targets"]:
            met = "–" if t["met"] is None else ("yes" if t["met"] else "**no**")
            md.append(f"| {t['metric']} | {fmt(t['median'], t['unit'])} | < {t['limit']} {t['unit']} ({t['source']}) | {met} |")
        agree = {k: v for k, v in s["values"].items() if k.split(".")[0].startswith(("compare_", "pysal_"))
                 and not k.endswith(("peak_rss_mib_in_process", "reps"))}
        if agree:
            md += ["", "### Agreement of results", ""]
            md += [f"- {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(agree.items())]
        other = {k: v for k, v in s["values"].items() if k not in agree
                 and not k.endswith(("peak_rss_mib_in_process", ".reps"))}
        md += ["", "### Other values", ""]
        md += [f"- {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(other.items())]
        md += ["", "### Not measured", ""]
        md += [f"- {k}: not measured: {v}" for k, v in sorted(s["not_measured"].items())] or ["- (none)"]
        if s["failures"]:
            md += ["", "### Failed runs", ""]
            md += [f"- {f['case']} rep {f['rep']} (exit {f['rc']}): {f['stderr']}" for f in s["failures"]]
        if s["notes"]:
            md += ["", "### Notes", ""] + [f"- {n}" for n in s["notes"]]
        md.append("")
    md += ["## Exact commands", "", "```sh"] + result["commands"] + ["```", ""]
    with open(os.path.join(a.out, "report.md"), "w") as f:
        f.write("\n".join(md))


if __name__ == "__main__":
    main()
