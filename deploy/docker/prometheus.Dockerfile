# Prometheus from Debian's package, for hosts without a registry (compose: PROMETHEUS_IMAGE).
# Anywhere else the public prom/prometheus image does the same job; both take the same command.
#   DOCKER_BUILDKIT=1 docker build -f deploy/docker/prometheus.Dockerfile -t local/prometheus deploy/docker
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update -q && apt-get install -y -q --no-install-recommends prometheus >/dev/null \
    && rm -rf /var/lib/apt/lists/* /usr/share/doc/* /usr/share/man/* \
    && mkdir -p /prometheus && chown nobody:nogroup /prometheus
USER nobody
WORKDIR /prometheus
EXPOSE 9090
# the same data directory and arguments as prom/prometheus, so compose's `command:` fits both
ENTRYPOINT ["/usr/bin/prometheus"]
CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus"]
