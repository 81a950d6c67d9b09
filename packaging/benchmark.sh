#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmark command (issue 8): builds the `release` preset, generates the synthetic inputs
# (100,000 and 1,000,000 incidents, one seed), installs the reference tools from Debian packages
# when missing, runs every case and its reference several times in the same run, and writes
# benchmark-results/report.md and report.json (median, min, max, peak RSS, ratio to reference).
#
#   packaging/benchmark.sh [--reps N] [--sizes "100000 1000000"] [--seed S] [--out DIR]
#                          [--cases "import zones kde hotspot knox engine open frame pdf"]
#                          [--slow-reps N] [--skip-install]
#
# Environment equivalents: BENCH_REPS, BENCH_SIZES, BENCH_SEED, BENCH_OUT, BENCH_CASES,
# BENCH_SLOW_REPS. Never run in CI; no test asserts a time. See tests/benchmark/README.md.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
REPS=${BENCH_REPS:-5}
SIZES=${BENCH_SIZES:-100000 1000000}
SEED=${BENCH_SEED:-20241}
OUT=${BENCH_OUT:-$ROOT/benchmark-results}
CASES=${BENCH_CASES:-import zones kde hotspot knox engine open frame pdf}
SLOW_REPS=${BENCH_SLOW_REPS:-}
INSTALL=1
GENERATE_SIZES="100000 1000000"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --reps) REPS=$2; shift 2 ;;
    --sizes) SIZES=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --cases) CASES=$2; shift 2 ;;
    --slow-reps) SLOW_REPS=$2; shift 2 ;;
    --skip-install) INSTALL=0; shift ;;
    -h|--help) sed -n '3,14p' "$0"; exit 0 ;;
    *) echo "benchmark.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
SLOW_REPS=${SLOW_REPS:-$REPS}
PY=/usr/bin/python3 # Debian's interpreter: sees python3-gdal, -libpysal, -geopandas (REFERENCES.md)
BENCH_PY="$ROOT/tests/benchmark/reference.py"
DATA="$OUT/data"
RUNS="$OUT/runs"
COMMANDS="$OUT/commands.txt"
RECORDS="$OUT/records.jsonl"
log() { printf '[benchmark] %s\n' "$*" >&2; }

# --- 1. reference tools -----------------------------------------------------------------------
missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v ogr2ogr >/dev/null || missing+=(gdal-bin)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v qgis_process.bin >/dev/null || missing+=(qgis python3-qgis)
$PY -c 'import libpysal' 2>/dev/null || missing+=(python3-libpysal)
$PY -c 'import geopandas' 2>/dev/null || missing+=(python3-geopandas)
$PY -c 'from osgeo import gdal' 2>/dev/null || missing+=(python3-gdal)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $INSTALL -eq 1 ]]; then
    SUDO=""
    [[ $(id -u) -eq 0 ]] || SUDO=sudo
    log "installing ${missing[*]}"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
  else
    log "missing (not installed, --skip-install): ${missing[*]}; their cases say so in the report"
  fi
fi
[[ -x /usr/bin/time ]] || { echo "benchmark.sh: /usr/bin/time (Debian package time) is required" >&2; exit 1; }

# --- 2. release build -------------------------------------------------------------------------
cd "$ROOT"
log "building the release preset"
cmake --preset release -DPHENOMAP_BUILD_BENCHMARKS=ON -DPHENOMAP_BUILD_TESTS=OFF >/dev/null
BIN="$ROOT/build/release/tests/benchmark"
APP="$ROOT/build/release/app/phenomap"
cmake --build --preset release --target phenomap_bench phenomap_bench_data phenomap
BENCH="$BIN/phenomap_bench"

# --- 3. inputs --------------------------------------------------------------------------------
mkdir -p "$OUT" "$DATA"
rm -rf "$RUNS"
mkdir -p "$RUNS"
: >"$COMMANDS"
: >"$RECORDS"
for n in $GENERATE_SIZES; do
  if [[ ! -f "$DATA/seed" || $(cat "$DATA/seed") != "$SEED" ]]; then
    rm -f "$DATA"/*
    echo "$SEED" >"$DATA/seed"
  fi
  log "inputs for $n incidents (seed $SEED)"
  echo "$BIN/phenomap_bench_data --incidents $n --seed $SEED --out $DATA" >>"$COMMANDS"
  "$BIN/phenomap_bench_data" --incidents "$n" --seed "$SEED" --out "$DATA"
  # Points as a GeoPackage for QGIS and SpatiaLite, with the zones beside them (not timed).
  if [[ ! -f "$DATA/points-$n.gpkg" ]]; then
    ogr2ogr -f GPKG "$DATA/points-$n.part.gpkg" "$DATA/points-$n.csv" -nln points \
      -oo X_POSSIBLE_NAMES=x -oo Y_POSSIBLE_NAMES=y -oo KEEP_GEOM_COLUMNS=NO -a_srs EPSG:31370
    ogr2ogr -append -f GPKG "$DATA/points-$n.part.gpkg" "$DATA/demo-$n.gpkg" zones -nln zones \
      -where "layer IN ('municipalities','police_zones')"
    mv "$DATA/points-$n.part.gpkg" "$DATA/points-$n.gpkg"
  fi
done

# --- 4. runner --------------------------------------------------------------------------------
# run_case SIZE NAME KIND REPS PREPARE -- COMMAND...
#   KIND "json": the command prints phenomap_bench/reference.py JSON (its samples are used);
#   KIND "wall": the command's wall time is the sample (metric NAME).
#   PREPARE: shell code run before each repetition (not timed), e.g. removing an output file.
# Every repetition is one process under /usr/bin/time for its peak RSS.
run_case() {
  local size=$1 name=$2 kind=$3 reps=$4 prepare=$5
  shift 6
  local dir="$RUNS/$size/$name"
  mkdir -p "$dir"
  { printf '%q ' "$@"; printf '\n'; } >>"$COMMANDS" # shell-quoted: each line can be pasted as is
  local i
  for ((i = 1; i <= reps; i++)); do
    [[ -n "$prepare" ]] && eval "$prepare"
    local t0 t1 rc=0
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$dir/$i.rss" "$@" >"$dir/$i.out" 2>"$dir/$i.err" || rc=$?
    t1=$EPOCHREALTIME
    printf '{"size": %s, "name": "%s", "kind": "%s", "rep": %d, "rc": %d, "wall_ms": %s, "rss_kib": %s, "out": "%s", "err": "%s"}\n' \
      "$size" "$name" "$kind" "$i" "$rc" \
      "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) * 1000 }')" \
      "$(tail -n 1 "$dir/$i.rss" | tr -dc '0-9' || echo 0)" "$dir/$i.out" "$dir/$i.err" >>"$RECORDS"
    if [[ $rc -ne 0 ]]; then
      log "$name (size $size) rep $i failed with $rc: $(tail -n 3 "$dir/$i.err" | tr '\n' ' ')"
      break
    fi
  done
}
want() { [[ " $CASES " == *" $1 "* ]]; }
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

for n in $SIZES; do
  csv="$DATA/incidents-$n.csv" pts="$DATA/points-$n.csv" gpkg="$DATA/demo-$n.gpkg" ptg="$DATA/points-$n.gpkg"
  tmp="$OUT/tmp-$n"
  mkdir -p "$tmp"
  log "== $n incidents, $REPS repetitions"

  if want import; then
    log "import"
    run_case "$n" phenomap_import json 1 "" -- "$BENCH" import --csv "$csv" --reps "$SLOW_REPS" --out "$tmp"
    run_case "$n" sqlite3_import wall "$REPS" "" -- sqlite3 :memory: ".import --csv $csv incidents"
    run_case "$n" ogr2ogr_gpkg wall "$SLOW_REPS" "rm -f $tmp/ogr.gpkg" -- \
      ogr2ogr -f GPKG "$tmp/ogr.gpkg" "$csv" -nln incidents -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat \
      -oo KEEP_GEOM_COLUMNS=NO -s_srs EPSG:4326 -t_srs EPSG:31370
  fi

  if want zones; then
    log "zones"
    run_case "$n" phenomap_zones json 1 "" -- "$BENCH" zones --project "$gpkg" --points "$pts" --reps "$REPS" \
      --counts-out "$tmp/zones-phenomap.csv"
    run_case "$n" spatialite_within wall "$SLOW_REPS" "rm -f $tmp/zones-spatialite.csv" -- \
      ogr2ogr -f CSV "$tmp/zones-spatialite.csv" "$ptg" -dialect sqlite -sql \
      "SELECT z.layer AS layer, z.code AS code, COUNT(*) AS count FROM zones z JOIN points p ON ST_Within(p.geom, z.geom) AND p.fid IN (SELECT id FROM rtree_points_geom r WHERE r.minx >= ST_MinX(z.geom) AND r.maxx <= ST_MaxX(z.geom) AND r.miny >= ST_MinY(z.geom) AND r.maxy <= ST_MaxY(z.geom)) GROUP BY z.layer, z.code" \
      -lco STRING_QUOTING=IF_NEEDED
    run_case "$n" geopandas_sjoin json "$SLOW_REPS" "" -- \
      "$PY" "$BENCH_PY" zones-geopandas --points "$pts" --project "$gpkg" --counts-out "$tmp/zones-geopandas.csv"
    run_case "$n" compare_zones_spatialite json 1 "" -- \
      "$PY" "$BENCH_PY" compare-counts --ours "$tmp/zones-phenomap.csv" --theirs "$tmp/zones-spatialite.csv"
    run_case "$n" compare_zones_geopandas json 1 "" -- \
      "$PY" "$BENCH_PY" compare-counts --ours "$tmp/zones-phenomap.csv" --theirs "$tmp/zones-geopandas.csv"
  fi

  if want kde; then
    log "density surface"
    run_case "$n" phenomap_kde json 1 "" -- "$BENCH" kde --points "$pts" --reps "$REPS" --out "$tmp"
    # QGIS 3.22: the /usr/bin/qgis_process wrapper passes a flag the binary rejects (REFERENCES.md).
    run_case "$n" qgis_heatmap wall "$REPS" "rm -f $tmp/kde-qgis.tif" -- \
      qgis_process.bin run qgis:heatmapkerneldensityestimation -- "INPUT=$ptg|layername=points" RADIUS=300 \
      PIXEL_SIZE=50 KERNEL=0 OUTPUT_VALUE=0 "OUTPUT=$tmp/kde-qgis.tif"
    if [[ -f "$tmp/kde-phenomap.tif" && -f "$tmp/kde-qgis.tif" ]]; then
      run_case "$n" compare_kde json 1 "" -- \
        "$PY" "$BENCH_PY" compare-rasters --ours "$tmp/kde-phenomap.tif" --theirs "$tmp/kde-qgis.tif"
    fi
  fi

  if want hotspot; then
    log "hot spots (Gi*, LISA)"
    run_case "$n" phenomap_hotspot json 1 "" -- "$BENCH" hotspot --project "$gpkg" --reps "$REPS" --out "$tmp"
    if [[ -f "$tmp/hotspot-grid.csv" ]]; then
      run_case "$n" pysal_hotspot json "$REPS" "" -- "$PY" "$BENCH_PY" hotspot --grid "$tmp/hotspot-grid.csv"
    fi
  fi

  if want knox; then
    # Issue 5's Knox case: 999 permutations on 20,000 incidents (the first with a point).
    log "near repeat (Knox)"
    run_case "$n" phenomap_knox json 1 "" -- "$BENCH" knox --project "$gpkg" --incidents 20000 --reps "$REPS"
  fi

  if want engine; then
    log "engine"
    run_case "$n" phenomap_engine json 1 "" -- "$BENCH" engine --project "$gpkg" --reps "$REPS"
  fi
  if want open; then
    log "open to first map"
    run_case "$n" phenomap_open json "$REPS" "" -- "$BENCH" open --project "$gpkg" --reps 1
  fi
  if want frame; then
    log "frame time"
    run_case "$n" phenomap_frame json 1 "" -- "$BENCH" frame --project "$gpkg" --reps "$REPS" --frames 10 --out "$tmp"
  fi
  if want pdf; then
    # The real command an analyst's script runs: open the project, compose the briefing (map,
    # legend, key figures, chart) and write the PDF; wall time of the whole process.
    log "pdf export"
    run_case "$n" pdf_export wall "$REPS" "rm -f $tmp/briefing.pdf" -- "$APP" export "$gpkg" --pdf "$tmp/briefing.pdf" --lang en
  fi
done

# --- 5. report --------------------------------------------------------------------------------
log "writing $OUT/report.md and $OUT/report.json"
"$PY" "$ROOT/tests/benchmark/report.py" --records "$RECORDS" --commands "$COMMANDS" --out "$OUT" \
  --reps "$REPS" --slow-reps "$SLOW_REPS" --seed "$SEED" --root "$ROOT" \
  --invocation "packaging/benchmark.sh --reps $REPS --slow-reps $SLOW_REPS --sizes \"$SIZES\" --seed $SEED --cases \"$CASES\""
cat "$OUT/report.md"
