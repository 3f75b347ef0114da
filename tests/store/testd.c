/*
 * testd.c — a tiny HTTP/1.0 server for the store tests, so they need no
 * Python or busybox: `sift-testd ROOT PORTFILE` listens on 127.0.0.1 at a
 * free port, writes the port to PORTFILE, and serves files under ROOT with
 * "{{BASE}}" replaced by its own address. Special paths:
 *   /slow/...       waits 30 s before answering (for timeouts)
 *   /redirect/PATH  302 to /PATH
 *   /gzip/PATH      PATH.gz sent with Content-Encoding: gzip
 * Anything else missing is a 404. One process per connection.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

static char base[64];

static const char *type_of(const char *p)
{
    const char *dot = strrchr(p, '.');
    if (!dot)
        return "application/octet-stream";
    if (!strcmp(dot, ".html"))
        return "text/html; charset=utf-8";
    if (!strcmp(dot, ".xml") || !strcmp(dot, ".rss"))
        return "application/rss+xml";
    if (!strcmp(dot, ".atom"))
        return "application/atom+xml";
    if (!strcmp(dot, ".jsonl"))
        return "application/x-ndjson";
    if (!strcmp(dot, ".txt"))
        return "text/plain; charset=utf-8";
    return "application/octet-stream";
}

static void reply(int fd, const char *status, const char *extra, const char *ctype,
                  const char *body, size_t n)
{
    char h[1024];
    int k = snprintf(h, sizeof h, "HTTP/1.0 %s\r\nContent-Length: %zu\r\nContent-Type: %s\r\n%s\r\n",
                     status, n, ctype, extra);
    if (write(fd, h, (size_t)k) < 0 || (n && write(fd, body, n) < 0))
        return;
}

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)len + 1);
    if (!b || fread(b, 1, (size_t)len, f) != (size_t)len) {
        fclose(f);
        free(b);
        return NULL;
    }
    fclose(f);
    b[len] = '\0';
    *n = (size_t)len;
    return b;
}

/* Replace every {{BASE}} with the server's address. */
static char *with_base(const char *b, size_t n, size_t *out)
{
    size_t bl = strlen(base), cap = n + 1, o = 0;
    for (const char *p = b; (p = strstr(p, "{{BASE}}")); p += 8)
        cap += bl;
    char *r = malloc(cap);
    for (size_t i = 0; r && i < n;) {
        if (i + 8 <= n && !memcmp(b + i, "{{BASE}}", 8)) {
            memcpy(r + o, base, bl);
            o += bl;
            i += 8;
        } else {
            r[o++] = b[i++];
        }
    }
    *out = o;
    return r;
}

static void serve(int fd, const char *root)
{
    char req[4096];
    ssize_t n = read(fd, req, sizeof req - 1);
    if (n <= 0)
        return;
    req[n] = '\0';
    char path[1024] = "/";
    sscanf(req, "%*s %1000s", path);
    if (strstr(path, ".."))
        return reply(fd, "403 Forbidden", "", "text/plain", "no", 2);
    if (!strncmp(path, "/slow/", 6)) {
        sleep(30);
        memmove(path, path + 5, strlen(path + 5) + 1);
    }
    if (!strncmp(path, "/redirect/", 10)) {
        char loc[1200];
        snprintf(loc, sizeof loc, "Location: %s\r\n", path + 9);
        return reply(fd, "302 Found", loc, "text/plain", "moved", 5);
    }
    int gz = !strncmp(path, "/gzip/", 6);
    char file[2048];
    snprintf(file, sizeof file, "%s%s%s", root, gz ? path + 5 : path, gz ? ".gz" : "");
    size_t len;
    char *body = slurp(file, &len);
    if (!body)
        return reply(fd, "404 Not Found", "", "text/plain", "not found", 9);
    if (gz) {
        file[strlen(file) - 3] = '\0';
        reply(fd, "200 OK", "Content-Encoding: gzip\r\n", type_of(file), body, len);
    } else {
        size_t bl;
        char *b2 = with_base(body, len, &bl);
        reply(fd, "200 OK", "", type_of(file), b2, bl);
        free(b2);
    }
    free(body);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: sift-testd ROOT PORTFILE\n");
        return 2;
    }
    signal(SIGCHLD, SIG_IGN);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = 0};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t al = sizeof a;
    if (bind(s, (struct sockaddr *)&a, sizeof a) != 0 || listen(s, 64) != 0 ||
        getsockname(s, (struct sockaddr *)&a, &al) != 0) {
        perror("sift-testd");
        return 1;
    }
    snprintf(base, sizeof base, "http://127.0.0.1:%d", ntohs(a.sin_port));
    FILE *pf = fopen(argv[2], "w");
    if (!pf)
        return 1;
    fprintf(pf, "%d\n", ntohs(a.sin_port));
    fclose(pf);
    for (;;) {
        int c = accept(s, NULL, NULL);
        if (c < 0)
            continue;
        if (fork() == 0) {
            close(s);
            serve(c, argv[1]);
            shutdown(c, SHUT_WR);
            close(c);
            _exit(0);
        }
        close(c);
    }
}
