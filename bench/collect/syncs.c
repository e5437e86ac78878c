/* The disk's group-commit ceiling: THREADS threads each write SIZE bytes in place into a pre-zeroed file and
 * fdatasync it, COUNT times, as the collect spool's sync threads do. Prints syncs per second.
 * Usage: syncs FOLDER COUNT SIZE THREADS */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int fd, count, size;

static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static void *run(void *arg)
{
    long lane = (long)arg;
    char *bytes = malloc(size);
    memset(bytes, 'x', size);
    off_t offset = 4096 + lane * ((off_t)count * size);
    for (int i = 0; i < count; i++, offset += size) {
        if (pwrite(fd, bytes, size, offset) != size || fdatasync(fd) != 0) {
            perror("write or sync");
            exit(1);
        }
    }
    free(bytes);
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: %s FOLDER COUNT SIZE THREADS\n", argv[0]);
        return 2;
    }
    count = atoi(argv[2]);
    size = atoi(argv[3]);
    int threads = atoi(argv[4]);
    char path[4096];
    snprintf(path, sizeof path, "%s/syncs-probe.bin", argv[1]);
    fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        perror(path);
        return 1;
    }
    /* Pre-zeroed and synced, like a spool segment: later writes change no metadata. */
    off_t total = 4096 + (off_t)threads * count * size;
    char *zeros = calloc(1, 1 << 20);
    for (off_t o = 0; o < total; o += 1 << 20) {
        if (pwrite(fd, zeros, 1 << 20, o) != 1 << 20) {
            perror("zero");
            return 1;
        }
    }
    fsync(fd);
    pthread_t lanes[64];
    if (threads < 1 || threads > 64) {
        fprintf(stderr, "THREADS must be 1..64\n");
        return 2;
    }
    double start = now_ms();
    for (long i = 0; i < threads; i++)
        pthread_create(&lanes[i], NULL, run, (void *)i);
    for (int i = 0; i < threads; i++)
        pthread_join(lanes[i], NULL);
    double elapsed = now_ms() - start;
    printf("%d thread(s): %.0f syncs/s, %.2f ms each\n", threads, count * threads / elapsed * 1e3, elapsed / count);
    close(fd);
    unlink(path);
    free(zeros);
    return 0;
}
