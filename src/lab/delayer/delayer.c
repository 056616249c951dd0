/*
 * delayer: one-way delay and jitter per (source, destination) IPv4 address pair, for kernels
 * without netem. The kernel hands each packet to NFQUEUE queue 0 (an iptables NFQUEUE rule);
 * this program holds the packet's ACCEPT verdict until its release time and then gives it.
 *
 * Usage: delayer [--seed N] NETNS_PATH...
 *   Opens NFQUEUE queue 0 in each network namespace given (e.g. /run/netns/NAME): one process
 *   serves every namespace, so a lab needs one delayer. Prints "ready" on stdout once bound.
 *
 * Stdin, one command per line (a matrix is staged, then swapped in atomically by `commit`):
 *   addrs A0 A1 ... An-1        addresses of the matrix, dotted quads (starts a new staging matrix)
 *   delay I D0 D1 ... Dn-1      row I of the one-way delay, microseconds
 *   jitter I J0 J1 ... Jn-1     row I of the jitter, microseconds: uniform in [D-J, D+J]
 *   seed N                      reseed the jitter generator (with the next commit)
 *   commit                      make the staged matrix the live one
 *   stats                       print one JSON line of counters on stdout
 * End of stdin ends the program (the parent died or is done); so does the parent's death.
 *
 * It runs at SCHED_FIFO priority 10 when allowed (else nice -10): see main().
 *
 * A packet of an unknown pair (an address not in the matrix) is accepted at once. Packets of one
 * pair leave in the order they came (a release time never precedes the pair's previous one):
 * a path does not reorder, and TCP would otherwise see spurious loss under jitter. Jitter comes
 * from a seeded xorshift64* generator.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <linux/netfilter.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include <libnetfilter_queue/libnetfilter_queue.h>
#include <libnfnetlink/libnfnetlink.h>

#define MAX_QUEUES 4096

struct matrix {
  uint32_t n;
  uint32_t *addrs;      /* network order */
  uint32_t *hash;       /* open addressing: slot -> index + 1, 0 = empty */
  uint32_t hash_mask;
  uint32_t *delay_us;   /* n * n */
  uint32_t *jitter_us;  /* n * n */
  uint64_t *last_release; /* n * n, ns: keeps each pair in order */
};

struct held { uint64_t release_ns; uint32_t id; uint32_t queue; };

static struct nfq_handle *handles[MAX_QUEUES];
static struct nfq_q_handle *qhandles[MAX_QUEUES];
static int nqueues;
static struct matrix *live, *staged;
static struct held *heap;
static size_t heap_len, heap_cap;
static uint64_t rng_state = 0x9e3779b97f4a7c15ULL, staged_seed;
static int seed_staged;

static void seed_rng (uint64_t seed) {
  rng_state = seed * 0x9e3779b97f4a7c15ULL + 0x632be59bd9b4e019ULL;
  if (rng_state == 0) rng_state = 1;
}
static uint64_t st_packets, st_delayed, st_unknown, st_self, st_enobufs, st_max_held;

static void die (const char *what) {
  fprintf(stderr, "delayer: %s: %s\n", what, strerror(errno));
  exit(1);
}

static uint64_t now_ns (void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

static uint64_t rng_next (void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1DULL;
}

static uint32_t hash_addr (uint32_t a) { return (a * 2654435761U) ^ (a >> 16); }

static int64_t lookup (const struct matrix *m, uint32_t addr) {
  if (m == NULL || m->n == 0) return -1;
  for (uint32_t slot = hash_addr(addr) & m->hash_mask;; slot = (slot + 1) & m->hash_mask) {
    uint32_t v = m->hash[slot];
    if (v == 0) return -1;
    if (m->addrs[v - 1] == addr) return v - 1;
  }
}

static void free_matrix (struct matrix *m) {
  if (m == NULL) return;
  free(m->addrs); free(m->hash); free(m->delay_us); free(m->jitter_us); free(m->last_release);
  free(m);
}

static void heap_push (struct held h) {
  if (heap_len == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 4096;
    heap = realloc(heap, heap_cap * sizeof *heap);
    if (heap == NULL) die("out of memory");
  }
  size_t i = heap_len++;
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (heap[p].release_ns <= h.release_ns) break;
    heap[i] = heap[p];
    i = p;
  }
  heap[i] = h;
  if (heap_len > st_max_held) st_max_held = heap_len;
}

static struct held heap_pop (void) {
  struct held top = heap[0], last = heap[--heap_len];
  size_t i = 0;
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= heap_len) break;
    if (c + 1 < heap_len && heap[c + 1].release_ns < heap[c].release_ns) c++;
    if (last.release_ns <= heap[c].release_ns) break;
    heap[i] = heap[c];
    i = c;
  }
  if (heap_len > 0) heap[i] = last;
  return top;
}

static void give_accept (uint32_t queue, uint32_t id) {
  if (nfq_set_verdict(qhandles[queue], id, NF_ACCEPT, 0, NULL) < 0 && errno != ENOENT) {
    fprintf(stderr, "delayer: verdict: %s\n", strerror(errno));
  }
}

static int on_packet (struct nfq_q_handle *qh, struct nfgenmsg *msg, struct nfq_data *nfa, void *data) {
  (void)qh; (void)msg;
  uint32_t queue = (uint32_t)(uintptr_t)data;
  struct nfqnl_msg_packet_hdr *ph = nfq_get_msg_packet_hdr(nfa);
  if (ph == NULL) return 0;
  uint32_t id = ntohl(ph->packet_id);
  unsigned char *payload;
  int len = nfq_get_payload(nfa, &payload);
  st_packets++;
  int64_t s = -1, d = -1;
  if (len >= 20 && (payload[0] >> 4) == 4) {
    uint32_t src, dst;
    memcpy(&src, payload + 12, 4);
    memcpy(&dst, payload + 16, 4);
    s = lookup(live, src);
    d = s >= 0 ? lookup(live, dst) : -1;
  }
  if (d < 0) { st_unknown++; give_accept(queue, id); return 0; }
  /* self-traffic is not a link; between nodes it is the sign of a socket bound to no address
   * (its source is the host's first address) talking to that first address */
  if (s == d) st_self++;
  size_t k = (size_t)s * live->n + (size_t)d;
  int64_t delay = live->delay_us[k];
  uint32_t jitter = live->jitter_us[k];
  if (jitter > 0) delay += (int64_t)(rng_next() % (2ULL * jitter + 1)) - (int64_t)jitter;
  uint64_t now = now_ns();
  uint64_t release = now + (uint64_t)(delay > 0 ? delay : 0) * 1000ULL;
  if (release < live->last_release[k]) release = live->last_release[k];
  live->last_release[k] = release;
  if (release <= now) { give_accept(queue, id); return 0; }
  st_delayed++;
  heap_push((struct held){ release, id, queue });
  return 0;
}

static void release_due (void) {
  uint64_t now = now_ns();
  while (heap_len > 0 && heap[0].release_ns <= now) {
    struct held h = heap_pop();
    give_accept(h.queue, h.id);
  }
}

static void open_queue (const char *netns_path, int home_fd) {
  int fd = open(netns_path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) { fprintf(stderr, "delayer: cannot open %s: %s\n", netns_path, strerror(errno)); exit(1); }
  if (setns(fd, CLONE_NEWNET) < 0) die("setns");
  close(fd);
  int q = nqueues;
  struct nfq_handle *h = nfq_open();
  if (h == NULL) die("nfq_open");
  nfq_unbind_pf(h, AF_INET); /* no-ops on current kernels; kept for old ones */
  nfq_bind_pf(h, AF_INET);
  struct nfq_q_handle *qh = nfq_create_queue(h, 0, on_packet, (void *)(uintptr_t)q);
  if (qh == NULL) { fprintf(stderr, "delayer: cannot bind queue 0 in %s (another delayer there?): %s\n", netns_path, strerror(errno)); exit(1); }
  /* the IPv4 header is all we read */
  if (nfq_set_mode(qh, NFQNL_COPY_PACKET, 40) < 0) die("nfq_set_mode");
  if (nfq_set_queue_maxlen(qh, 1 << 16) < 0) die("nfq_set_queue_maxlen");
  /* whole GSO super-packets: one verdict per burst instead of one per segment */
  nfq_set_queue_flags(qh, NFQA_CFG_F_GSO, NFQA_CFG_F_GSO);
  nfnl_rcvbufsiz(nfq_nfnlh(h), 8 << 20);
  int nlfd = nfq_fd(h);
  int one = 1;
  setsockopt(nlfd, SOL_NETLINK, NETLINK_NO_ENOBUFS, &one, sizeof one);
  fcntl(nlfd, F_SETFL, fcntl(nlfd, F_GETFL) | O_NONBLOCK);
  if (setns(home_fd, CLONE_NEWNET) < 0) die("setns home");
  handles[q] = h;
  qhandles[q] = qh;
  nqueues++;
}

/* --- stdin commands --- */

static struct matrix *new_matrix (char *list) {
  uint32_t cap = 64, n = 0;
  uint32_t *addrs = malloc(cap * sizeof *addrs);
  for (char *tok = strtok(list, " \t\r\n"); tok != NULL; tok = strtok(NULL, " \t\r\n")) {
    struct in_addr a;
    if (inet_pton(AF_INET, tok, &a) != 1) { fprintf(stderr, "delayer: addrs: not an IPv4 address: %s\n", tok); free(addrs); return NULL; }
    if (n == cap) { cap *= 2; addrs = realloc(addrs, cap * sizeof *addrs); }
    addrs[n++] = a.s_addr;
  }
  struct matrix *m = calloc(1, sizeof *m);
  m->n = n;
  m->addrs = addrs;
  uint32_t size = 16;
  while (size < 2 * n) size <<= 1;
  m->hash_mask = size - 1;
  m->hash = calloc(size, sizeof *m->hash);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t slot = hash_addr(addrs[i]) & m->hash_mask;
    while (m->hash[slot] != 0) slot = (slot + 1) & m->hash_mask;
    m->hash[slot] = i + 1;
  }
  size_t cells = (size_t)n * n;
  m->delay_us = calloc(cells ? cells : 1, sizeof *m->delay_us);
  m->jitter_us = calloc(cells ? cells : 1, sizeof *m->jitter_us);
  m->last_release = calloc(cells ? cells : 1, sizeof *m->last_release);
  if (m->hash == NULL || m->delay_us == NULL || m->jitter_us == NULL || m->last_release == NULL) die("out of memory");
  return m;
}

static void parse_row (char *rest, uint32_t *target) {
  char *end;
  unsigned long row = strtoul(rest, &end, 10);
  if (staged == NULL || end == rest || row >= staged->n) { fprintf(stderr, "delayer: bad row index\n"); return; }
  uint32_t *out = target + (size_t)row * staged->n;
  for (uint32_t j = 0; j < staged->n; j++) {
    char *p = end;
    out[j] = (uint32_t)strtoul(p, &end, 10);
    if (end == p) { fprintf(stderr, "delayer: row %lu has %u values, want %u\n", row, j, staged->n); return; }
  }
}

static void command (char *line) {
  if (strncmp(line, "addrs", 5) == 0) {
    free_matrix(staged);
    staged = new_matrix(line + 5);
  } else if (strncmp(line, "delay ", 6) == 0) {
    if (staged) parse_row(line + 6, staged->delay_us);
  } else if (strncmp(line, "jitter ", 7) == 0) {
    if (staged) parse_row(line + 7, staged->jitter_us);
  } else if (strncmp(line, "seed ", 5) == 0) {
    staged_seed = strtoull(line + 5, NULL, 10);
    seed_staged = 1;
  } else if (strncmp(line, "commit", 6) == 0) {
    if (staged == NULL) { fprintf(stderr, "delayer: commit without addrs\n"); return; }
    /* pairs that exist in both keep their order guarantee across the swap */
    if (live != NULL) {
      int64_t *old_index = malloc((staged->n ? staged->n : 1) * sizeof *old_index);
      if (old_index == NULL) die("out of memory");
      for (uint32_t i = 0; i < staged->n; i++) old_index[i] = lookup(live, staged->addrs[i]);
      for (uint32_t i = 0; i < staged->n; i++) {
        if (old_index[i] < 0) continue;
        for (uint32_t j = 0; j < staged->n; j++) {
          if (old_index[j] >= 0) staged->last_release[(size_t)i * staged->n + j] = live->last_release[(size_t)old_index[i] * live->n + (size_t)old_index[j]];
        }
      }
      free(old_index);
    }
    if (seed_staged) { seed_rng(staged_seed); seed_staged = 0; }
    free_matrix(live);
    live = staged;
    staged = NULL;
    printf("committed %u\n", live->n);
    fflush(stdout);
  } else if (strncmp(line, "stats", 5) == 0) {
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("{\"packets\":%" PRIu64 ",\"delayed\":%" PRIu64 ",\"unknownPair\":%" PRIu64 ",\"selfPair\":%" PRIu64 ",\"held\":%zu,\"maxHeld\":%" PRIu64 ",\"enobufs\":%" PRIu64 ",\"cpuUserUs\":%" PRIu64 ",\"cpuSysUs\":%" PRIu64 "}\n",
      st_packets, st_delayed, st_unknown, st_self, heap_len, st_max_held, st_enobufs,
      (uint64_t)ru.ru_utime.tv_sec * 1000000 + (uint64_t)ru.ru_utime.tv_usec,
      (uint64_t)ru.ru_stime.tv_sec * 1000000 + (uint64_t)ru.ru_stime.tv_usec);
    fflush(stdout);
  } else if (line[0] != '\0' && line[0] != '\n') {
    fprintf(stderr, "delayer: unknown command: %.40s\n", line);
  }
}

/* stdin is read in non-blocking chunks so that a huge matrix never stalls the verdicts */
static char *inbuf;
static size_t inlen, incap;

static int read_stdin (void) {
  for (;;) {
    if (incap - inlen < 65536) {
      incap = incap ? incap * 2 : 1 << 20;
      inbuf = realloc(inbuf, incap);
      if (inbuf == NULL) die("out of memory");
    }
    ssize_t r = read(0, inbuf + inlen, incap - inlen - 1);
    if (r == 0) return 0;
    if (r < 0) return errno == EAGAIN || errno == EINTR ? 1 : 0;
    inlen += (size_t)r;
    size_t start = 0;
    for (size_t i = inlen - (size_t)r; i < inlen; i++) {
      if (inbuf[i] != '\n') continue;
      inbuf[i] = '\0';
      command(inbuf + start);
      start = i + 1;
      release_due();
    }
    memmove(inbuf, inbuf + start, inlen - start);
    inlen -= start;
  }
}

int main (int argc, char **argv) {
  int first = 1;
  if (argc > 2 && strcmp(argv[1], "--seed") == 0) {
    seed_rng(strtoull(argv[2], NULL, 10));
    first = 3;
  }
  if (first >= argc) { fprintf(stderr, "usage: delayer [--seed N] NETNS_PATH...\n"); return 2; }
  if (argc - first > MAX_QUEUES) { fprintf(stderr, "delayer: at most %d namespaces\n", MAX_QUEUES); return 2; }
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  prctl(PR_SET_TIMERSLACK, 1000UL); /* 1 µs: release times are the point of this program */
  /* The kernel's netem keeps time whatever user space does; so should its stand-in. A low
   * real-time priority lets a verdict preempt the nodes of a saturated run (the delayer sleeps in
   * ppoll between packets, and the kernel caps real-time tasks at 95 % of a core anyway). */
  struct sched_param sp = { .sched_priority = 10 };
  if (sched_setscheduler(0, SCHED_FIFO, &sp) < 0) setpriority(PRIO_PROCESS, 0, -10);
  int home = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
  if (home < 0) die("open /proc/self/ns/net");
  for (int i = first; i < argc; i++) open_queue(argv[i], home);
  fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
  printf("ready\n");
  fflush(stdout);

  struct pollfd *fds = calloc((size_t)nqueues + 1, sizeof *fds);
  fds[0].fd = 0;
  fds[0].events = POLLIN;
  for (int q = 0; q < nqueues; q++) { fds[q + 1].fd = nfq_fd(handles[q]); fds[q + 1].events = POLLIN; }
  static char buf[1 << 16] __attribute__((aligned));
  for (;;) {
    struct timespec timeout, *tp = NULL;
    if (heap_len > 0) {
      uint64_t now = now_ns(), due = heap[0].release_ns;
      uint64_t wait = due > now ? due - now : 0;
      timeout.tv_sec = (time_t)(wait / 1000000000ULL);
      timeout.tv_nsec = (long)(wait % 1000000000ULL);
      tp = &timeout;
    }
    int r = ppoll(fds, (nfds_t)nqueues + 1, tp, NULL);
    if (r < 0 && errno != EINTR) die("ppoll");
    release_due();
    if (r <= 0) continue;
    for (int q = 0; q < nqueues; q++) {
      if (!(fds[q + 1].revents & (POLLIN | POLLERR))) continue;
      for (;;) {
        ssize_t n = recv(fds[q + 1].fd, buf, sizeof buf, MSG_DONTWAIT);
        if (n < 0) {
          if (errno == ENOBUFS) { st_enobufs++; continue; }
          break;
        }
        nfq_handle_packet(handles[q], buf, (int)n);
        release_due();
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      if (!read_stdin()) return 0;
    }
  }
}
