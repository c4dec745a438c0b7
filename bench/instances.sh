# Sourced by bench/run.sh: starts the app instances (and nginx in front of them when there are several)
# and reads the CPU time the app processes, nginx and the bench database's PostgreSQL backends have used.
#   start_instances N WORKDIR   sets app_pids, nginx_pid and base (the address wrk drives)
# With N = 1 the app listens on $port itself and runs no job server (the single-instance set-up of the
# earlier rounds). With N > 1 the instances listen on $port+1.. behind nginx on $port, rendered from
# docs/nginx.conf (round-robin, no sticky sessions): the first runs Hangfire, the others are web-only,
# as the cluster tests run them (tests/CE.Platform.Testing/Cluster).

app_pids=() nginx_pid=""

start_instances() {
  local count=$1 work=$2 i instance_port jobs
  if [ "$count" -gt 1 ]; then
    command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install nginx)"; exit 1; }
    start_nginx "$count" "$work"
  fi
  for i in $(seq 1 "$count"); do
    instance_port=$port jobs=false
    [ "$count" -gt 1 ] && instance_port=$((port + i)) && [ "$i" = 1 ] && jobs=true
    (cd src/CE.Platform.Web/bin/Release/net10.0 && Jobs__RunServer=$jobs ForwardedHeaders__Enabled=$([ "$count" -gt 1 ] && echo true || echo false) \
      exec dotnet CE.Platform.Web.dll --urls "http://127.0.0.1:$instance_port") > "$work/app$i.log" 2>&1 &
    app_pids+=($!)
  done
  for i in $(seq 1 "$count"); do
    instance_port=$port
    [ "$count" -gt 1 ] && instance_port=$((port + i))
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$instance_port/health/ready" >/dev/null && break; sleep 1; done
    curl -fs "http://127.0.0.1:$instance_port/health/ready" >/dev/null || { echo "instance $i did not become ready:"; tail -n 20 "$work/app$i.log"; exit 1; }
  done
}

# docs/nginx.conf with one upstream line per instance and the bench's port; every file under WORKDIR/nginx.
start_nginx() {
  local count=$1 prefix=$2/nginx servers="" i
  mkdir -p "$prefix/logs" "$prefix/temp"
  for i in $(seq 1 "$count"); do servers+="        server 127.0.0.1:$((port + i)) max_fails=1 fail_timeout=5s;\n"; done
  awk -v servers="$servers" '/^ *server 127\.0\.0\.1:[0-9]+ / { if (!done) { printf "%s", servers; done = 1 } next } { print }' docs/nginx.conf \
    | sed "s/listen 127\.0\.0\.1:[0-9]*;/listen 127.0.0.1:$port;/" > "$prefix/nginx.conf"
  nginx -p "$prefix/" -c "$prefix/nginx.conf" -e "$prefix/logs/error.log" -g 'daemon off;' &
  nginx_pid=$!
}

stop_instances() {
  local pid
  for pid in "${app_pids[@]}" $nginx_pid; do kill "$pid" 2>/dev/null || true; done
  for pid in "${app_pids[@]}" $nginx_pid; do wait "$pid" 2>/dev/null || true; done
  app_pids=() nginx_pid=""
}

ticks_of() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# CPU ticks so far: "app nginx" (app: every instance; nginx: master and workers).
process_ticks() {
  local app=0 web=0 pid
  for pid in "${app_pids[@]}"; do app=$((app + $(ticks_of "$pid"))); done
  for pid in $nginx_pid $( [ -n "$nginx_pid" ] && pgrep -P "$nginx_pid"); do web=$((web + $(ticks_of "$pid"))); done
  echo "$app $web"
}

# "pid ticks" for each PostgreSQL backend serving the bench database, found by its process title
# ("postgres: <cluster>: <user> <database> <client> <state>"), so counting needs no connection of its own
# (the server may have none to spare). Other databases on the same server (other work on the machine)
# are not counted; neither are the server's shared background writers.
backend_ticks() {
  local pid
  for pid in $(ps -eo pid=,args= | awk -v db="$database" '$2 == "postgres:" { for (i = 3; i <= NF; i++) if ($i == db) { print $1; next } }'); do
    echo "$pid $(ticks_of "$pid")"
  done
}

# Ticks the backends used between two backend_ticks listings (a backend that started meanwhile counts whole;
# one that ended meanwhile is lost, which the pools' long-lived connections make rare).
backend_delta() { awk 'NR == FNR { before[$1] = $2; next } { total += $2 - ($1 in before ? before[$1] : 0) } END { print total + 0 }' "$1" "$2"; }
