#!/bin/sh
# Times `berth lint` on a generated course of 1,000 lesson files (DESIGN's budget: 3 s),
# through the ./berth launcher (which builds the jar when needed), next to a bare JVM start in the same run.
set -eu
cd "$(dirname "$0")/.."
./berth --version > /dev/null  # build the jar and its class archive first
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf 'schemaVersion: 1\nmodules:\n' > "$dir/course.yaml"
for m in $(seq 1 20); do
    mkdir "$dir/m$m"
    printf '  - m%s\n' "$m" >> "$dir/course.yaml"
    printf 'id: m%s\ntitle: Module %s\nlessons:\n' "$m" "$m" > "$dir/m$m/module.yaml"
    for l in $(seq 1 50); do
        printf '  - l%s.yaml\n' "$l" >> "$dir/m$m/module.yaml"
        sed "s/^id: first-container/id: m$m-l$l/" lessons/01-first-steps/first-container.yaml > "$dir/m$m/l$l.yaml"
    done
done
time_of() {
    start=$(date +%s%N)
    "$@" > /dev/null
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
echo "1,000 lesson files in $(find "$dir" -name 'l*.yaml' | wc -l | tr -d ' ') files"
for run in 1 2 3; do
    echo "run $run: berth lint $(time_of ./berth lint "$dir") ms," \
        "bare JVM (java -version) $(time_of java -version 2>/dev/null) ms"
done
