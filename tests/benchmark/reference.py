# SPDX-License-Identifier: GPL-3.0-or-later
"""Reference computations and comparisons of the benchmark suite (run with /usr/bin/python3,
which sees Debian's python3-gdal, python3-libpysal, python3-geopandas and numpy/scipy).

  reference.py zones-geopandas --points CSV --project GPKG --counts-out CSV
  reference.py compare-counts  --ours CSV --theirs CSV
  reference.py hotspot         --grid CSV [--permutations 999] [--seed 12345]
  reference.py compare-rasters --ours TIF --theirs TIF

Each prints one JSON object on stdout: {"case", "metrics": {name: {unit, samples, note}},
"values", "notes"} like phenomap_bench, so report.py merges both.
"""

import argparse
import json
import sys
import time


def emit(case, metrics=None, values=None, notes=None):
    json.dump({"case": case, "metrics": metrics or {}, "values": values or {},
               "not_measured": {}, "notes": notes or []}, sys.stdout, indent=1)
    sys.stdout.write("\n")


def metric(samples, note="", unit="ms"):
    return {"unit": unit, "samples": samples, "note": note}


def zones_geopandas(a):
    import geopandas as gpd
    import pandas as pd
    t0 = time.perf_counter()
    df = pd.read_csv(a.points)
    pts = gpd.GeoDataFrame(df[["fid"]], geometry=gpd.points_from_xy(df["x"], df["y"]), crs="EPSG:31370")
    zones = gpd.read_file(a.project, layer="zones")
    zones = zones[zones["layer"].isin(["municipalities", "police_zones"])][["layer", "code", "geometry"]]
    t1 = time.perf_counter()
    joined = gpd.sjoin(pts, zones, how="inner", predicate="within")
    t2 = time.perf_counter()
    counts = joined.groupby(["layer", "code"]).size()
    with open(a.counts_out, "w") as f:
        f.write("layer,code,count\n")
        for (layer, code), n in counts.items():
            f.write(f"{layer},{code},{n}\n")
    emit("zones-geopandas",
         {"geopandas_sjoin": metric([(t2 - t1) * 1000], "geopandas.sjoin(predicate='within') of the points "
                                    "with the 25 municipality and police-zone polygons, after loading"),
          "geopandas_load": metric([(t1 - t0) * 1000], "pandas.read_csv + points_from_xy + read_file(zones)")},
         {"points": len(df), "geopandas": gpd.__version__})


def read_counts(path):
    out = {}
    with open(path) as f:
        next(f)
        for line in f:
            parts = [p.strip().strip('"') for p in line.strip().split(",")]
            if len(parts) == 3 and parts[2]:
                out[(parts[0], str(int(float(parts[1]))))] = int(float(parts[2]))
    return out


def compare_counts(a):
    ours, theirs = read_counts(a.ours), read_counts(a.theirs)
    keys = sorted(set(ours) | set(theirs))
    diffs = {f"{k[0]}:{k[1]}": ours.get(k, 0) - theirs.get(k, 0) for k in keys if ours.get(k, 0) != theirs.get(k, 0)}
    emit("compare-counts", values={
        "zones_compared": len(keys),
        "zones_differing": len(diffs),
        "points_differing_total": sum(abs(v) for v in diffs.values()),
        "differences": diffs,
    })


def hotspot(a):
    import numpy as np
    import libpysal
    from libpysal.weights import DistanceBand

    data = np.genfromtxt(a.grid, delimiter=",", names=True)
    coords = np.column_stack([data["x"], data["y"]])
    x = data["count"].astype(float)
    n = len(x)

    t0 = time.perf_counter()
    w = DistanceBand(coords, threshold=300.0, binary=True, silence_warnings=True)
    t1 = time.perf_counter()
    wsp = w.sparse.tocsr()
    # Gi* (Ord & Getis 1995), self included with weight 1, binary weights.
    t2 = time.perf_counter()
    import scipy.sparse as sp
    ws = (wsp + sp.identity(n, format="csr")).tocsr()
    xbar = x.mean()
    s = np.sqrt((x * x).mean() - xbar * xbar)
    wi = np.asarray(ws.sum(axis=1)).ravel()
    s1 = np.asarray(ws.multiply(ws).sum(axis=1)).ravel()
    num = ws @ x - xbar * wi
    den = s * np.sqrt((n * s1 - wi * wi) / (n - 1))
    gz = num / den
    t3 = time.perf_counter()

    # Local Moran with row-standardised weights, esda-style conditional permutation.
    t4 = time.perf_counter()
    card = np.diff(wsp.indptr)
    rs = sp.diags(np.where(card > 0, 1.0 / np.maximum(card, 1), 0.0)) @ wsp
    z = (x - xbar) / x.std()
    lag = rs @ z
    li = (n - 1) * z * lag / (z * z).sum()  # esda: I_i = (n-1) z_i lag_i / sum z^2
    t5 = time.perf_counter()
    perms = a.permutations
    rng = np.random.default_rng(a.seed)
    kmax = int(card.max()) if n else 0
    larger = np.zeros(n)
    # One matrix of draws from the other n-1 units per permutation, shared by all units (esda's crand).
    rids = np.array([rng.choice(n - 1, size=kmax, replace=False) for _ in range(perms)])
    for i in range(n):
        k = card[i]
        if k == 0:
            continue
        idx = rids[:, :k]
        idx = idx + (idx >= i)
        lag_sim = z[idx].mean(axis=1)
        sim = (n - 1) * z[i] * lag_sim / (z * z).sum()
        above = (sim >= li[i]).sum()
        larger[i] = min(above, perms - above)
    p_sim = (larger + 1.0) / (perms + 1.0)
    t6 = time.perf_counter()

    ours_gz, ours_i, ours_p = data["gi_z"], data["lisa_i"], data["lisa_p"]
    ok = np.isfinite(ours_p) & np.isfinite(p_sim) & (card > 0)
    sig_ours, sig_ref = ours_p[ok] <= 0.05, p_sim[ok] <= 0.05
    values = {
        "cells": n,
        "libpysal": libpysal.__version__,
        "gi_star_max_abs_diff_z": float(np.nanmax(np.abs(ours_gz - gz))),
        "lisa_max_abs_diff_I": float(np.nanmax(np.abs(ours_i - li))),
        "lisa_p_correlation": float(np.corrcoef(ours_p[ok], p_sim[ok])[0, 1]) if ok.sum() > 2 else None,
        "lisa_p_max_abs_diff": float(np.max(np.abs(ours_p[ok] - p_sim[ok]))) if ok.any() else None,
        "lisa_significance_agreement": float((sig_ours == sig_ref).mean()) if ok.any() else None,
        "weights_nonzero": int(wsp.nnz),
    }
    emit("hotspot-reference",
         {"ref_weights_300m_band": metric([(t1 - t0) * 1000], "libpysal DistanceBand(threshold=300, binary)"),
          "ref_gi_star_statistic": metric([(t3 - t2) * 1000], "Gi* z with numpy/scipy.sparse on the libpysal weights"),
          "ref_gi_star_total": metric([(t1 - t0 + t3 - t2) * 1000], "weights + Gi*"),
          "ref_lisa_999": metric([(t6 - t4) * 1000], f"Local Moran, row-standardised, {perms} conditional "
                                 "permutations in numpy (esda-style crand; esda is not packaged)")},
         values,
         ["p-values of permutation tests use different random streams, so they agree only statistically"])


def compare_rasters(a):
    import numpy as np
    from osgeo import gdal
    gdal.UseExceptions()

    def load(path):
        ds = gdal.Open(path)
        band = ds.GetRasterBand(1)
        arr = band.ReadAsArray().astype(float)
        nod = band.GetNoDataValue()
        if nod is not None:
            arr[arr == nod] = np.nan
        return arr, ds.GetGeoTransform()

    ours, gto = load(a.ours)
    theirs, gtt = load(a.theirs)
    # Sample the reference at the centre of each of our cells (nearest cell).
    rows, cols = np.indices(ours.shape)
    cx = gto[0] + (cols + 0.5) * gto[1]
    cy = gto[3] + (rows + 0.5) * gto[5]
    tc = np.floor((cx - gtt[0]) / gtt[1]).astype(int)
    tr = np.floor((cy - gtt[3]) / gtt[5]).astype(int)
    inside = (tc >= 0) & (tc < theirs.shape[1]) & (tr >= 0) & (tr < theirs.shape[0])
    a_vals = ours[inside]
    b_vals = theirs[tr[inside], tc[inside]]
    ok = np.isfinite(a_vals) & np.isfinite(b_vals)
    a_vals, b_vals = a_vals[ok], b_vals[ok]
    scale = b_vals.sum() / a_vals.sum() if a_vals.sum() else float("nan")
    diff = np.abs(a_vals * scale - b_vals)
    peak = np.abs(b_vals).max() if b_vals.size else float("nan")
    strong = b_vals > 0.01 * peak
    emit("compare-rasters", values={
        "cells_compared": int(ok.sum()),
        "pixel_size_ours": gto[1], "pixel_size_reference": gtt[1],
        "aligned": bool(abs((gto[0] - gtt[0]) / gto[1] - round((gto[0] - gtt[0]) / gto[1])) < 1e-6),
        "correlation": float(np.corrcoef(a_vals, b_vals)[0, 1]) if a_vals.size > 2 else None,
        "scale_reference_over_ours": float(scale),
        "max_abs_diff_over_peak": float(diff.max() / peak) if diff.size else None,
        "max_relative_diff_cells_above_1pct": float((diff[strong] / b_vals[strong]).max()) if strong.any() else None,
    }, notes=["ours is scaled by scale_reference_over_ours (ratio of sums) before the differences, so a "
              "different unit (count per cell, per km2, QGIS raw) does not count as disagreement"])


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("zones-geopandas")
    p.add_argument("--points", required=True)
    p.add_argument("--project", required=True)
    p.add_argument("--counts-out", required=True)
    p = sub.add_parser("compare-counts")
    p.add_argument("--ours", required=True)
    p.add_argument("--theirs", required=True)
    p = sub.add_parser("hotspot")
    p.add_argument("--grid", required=True)
    p.add_argument("--permutations", type=int, default=999)
    p.add_argument("--seed", type=int, default=12345)
    p = sub.add_parser("compare-rasters")
    p.add_argument("--ours", required=True)
    p.add_argument("--theirs", required=True)
    a = ap.parse_args()
    {"zones-geopandas": zones_geopandas, "compare-counts": compare_counts, "hotspot": hotspot,
     "compare-rasters": compare_rasters}[a.cmd](a)


if __name__ == "__main__":
    main()
