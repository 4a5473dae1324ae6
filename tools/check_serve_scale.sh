#!/bin/sh
# make check-serve-scale: the README's two recipes for more than one process, checked on loopback.
#  1. Two bert-serve replicas behind nginx (Debian: nginx-light): both answer, with `bert embed`'s
#     vectors; one killed (kill -9) under load at concurrency 16: nginx resends the requests it had
#     in flight to the other (embedding is pure, so proxy_next_upstream non_idempotent is safe) and
#     the load client counts its errors.
#  2. GNU parallel --pipe over `bert embed`: the same vectors, in order, as one process.
# Needs nginx, GNU parallel, curl and python3 (for comparing vectors); not part of `make test`.
#   SCALE_MODEL  the model (default: the bert fixture, converted)
set -eu
cd "$(dirname "$0")/.."
W=build/serve-scale
TEXTS=tests/fixtures/tokenizers/golden/texts/main.txt
mkdir -p $W/logs $W/tmp
for tool in nginx parallel curl python3; do
    command -v $tool >/dev/null 2>&1 || [ -x /usr/sbin/$tool ] || { echo "check-serve-scale needs $tool (apt-get install nginx-light parallel curl python3)"; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
MODEL=${SCALE_MODEL:-$W/bert.bert}
[ -f "$MODEL" ] || build/bert-convert tests/fixtures/models/bert "$MODEL" >/dev/null
PIDS=""
cleanup() { for p in $PIDS; do kill $p 2>/dev/null || true; done; [ -f $W/nginx.pid ] && kill "$(cat $W/nginx.pid)" 2>/dev/null || true; }
trap cleanup EXIT

start_replica() { # $1: name; sets PORT and PID
    rm -f $W/$1.out
    build/bert-serve -m "$MODEL" --port 0 --threads 1 > $W/$1.out 2> $W/$1.log &
    PID=$!
    PIDS="$PIDS $PID"
    i=0
    until grep -q listening $W/$1.out 2>/dev/null; do i=$((i + 1)); [ $i -lt 300 ] || { cat $W/$1.log; exit 1; }; sleep 0.1; done
    PORT=$(sed -n 's/.*127\.0\.0\.1:\([0-9]*\).*/\1/p' $W/$1.out)
}
start_replica a; PORT_A=$PORT; PID_A=$PID
start_replica b; PORT_B=$PORT; PID_B=$PID
LB=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > $W/nginx.conf <<CONF
worker_processes 1;
pid $PWD/$W/nginx.pid;
error_log $PWD/$W/logs/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $PWD/$W/tmp/body;
    proxy_temp_path $PWD/$W/tmp/proxy;
    fastcgi_temp_path $PWD/$W/tmp/fastcgi;
    uwsgi_temp_path $PWD/$W/tmp/uwsgi;
    scgi_temp_path $PWD/$W/tmp/scgi;
    upstream bert { server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s; server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s; keepalive 32; }
    server {
        listen 127.0.0.1:$LB;
        client_max_body_size 2m;
        location / {
            proxy_pass http://bert;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_next_upstream error timeout non_idempotent; # embeddings are pure: a request a dead replica had is safe to resend
        }
    }
}
CONF
"$NGINX" -p "$PWD/$W" -c "$PWD/$W/nginx.conf"
sleep 0.5
echo "replicas on ports $PORT_A and $PORT_B, nginx on $LB"

# the same vectors through nginx as bert embed's, request after request (each replica answers some)
head -64 $TEXTS > $W/64.txt
build/bert embed -m "$MODEL" --normalize < $W/64.txt > $W/want.jsonl 2>/dev/null
python3 - "$LB" $W/64.txt $W/want.jsonl <<'PY'
import json, sys, urllib.request
port, texts, want = sys.argv[1], open(sys.argv[2]).read().splitlines(), [json.loads(l) for l in open(sys.argv[3])]
worst = 0.0
for i in range(0, len(texts), 4):
    req = urllib.request.Request(f"http://127.0.0.1:{port}/embed", json.dumps({"inputs": texts[i:i + 4], "truncate": True}).encode(),
                                 {"Content-Type": "application/json"})
    got = json.load(urllib.request.urlopen(req))
    for j, v in enumerate(got):
        worst = max(worst, max(abs(a - b) for a, b in zip(v, want[i + j])))
print(f"nginx, 2 replicas: {len(texts)} texts in {len(texts) // 4} requests, largest difference from bert embed {worst:.2g}")
sys.exit(0 if worst < 2e-5 else 1)
PY
served_a=$(curl -s localhost:$PORT_A/metrics | sed -n 's/^bert_serve_requests_total{route="embed",status="200"} //p')
served_b=$(curl -s localhost:$PORT_B/metrics | sed -n 's/^bert_serve_requests_total{route="embed",status="200"} //p')
echo "requests answered by replica a: ${served_a:-0}, by b: ${served_b:-0}"

# load through nginx at concurrency 16; replica a is killed after 2 s
build/bench_serve --port $LB --file $TEXTS --concurrency 16 --texts 1 --seconds 6 > $W/load.txt 2> $W/load.err &
LOAD=$!
sleep 2
inflight=$(curl -s localhost:$PORT_A/metrics | sed -n 's/^bert_serve_requests_in_flight //p')
kill -9 $PID_A
wait $LOAD || true
echo "load through nginx, replica a killed (kill -9) after 2 s with ${inflight:-?} requests in flight: $(cat $W/load.txt)"

# GNU parallel --pipe over bert embed: the same vectors, in order, as one process
build/bert embed -m "$MODEL" < $TEXTS > $W/one.jsonl 2>/dev/null
parallel --pipe -k -j 2 --block 64k build/bert embed -m "$MODEL" < $TEXTS > $W/parallel.jsonl 2>/dev/null
python3 - $W/one.jsonl $W/parallel.jsonl <<'PY'
import json, sys
a, b = open(sys.argv[1]).read().splitlines(), open(sys.argv[2]).read().splitlines()
worst = max(max(abs(x - y) for x, y in zip(json.loads(p), json.loads(q))) for p, q in zip(a, b)) if len(a) == len(b) else 1e9
print(f"parallel --pipe -k -j 2 over bert embed: {len(b)} vectors for {len(a)}, in order, largest difference from one process {worst:.2g}")
sys.exit(0 if len(a) == len(b) and worst < 2e-5 else 1)
PY
