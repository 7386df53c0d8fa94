package org.balise.loadtest;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.resolver.DefaultAddressResolverGroup;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The phone API over HTTP/1.1 on 127.0.0.1, with Reactor Netty: a few event-loop threads carry every
 * request and stream, which keeps the generator's share of the two cores small.
 *
 * <p>Fixes and answers share a pool of keep-alive connections (phones each have their own, but thousands of
 * sockets would measure the kernel rather than Balise); each SSE stream has its own connection; each join opens
 * a new connection from the caller's address it is given. Thread-safe.
 */
final class PhoneApi implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final ConnectionProvider requestPool;
    private final ConnectionProvider streamPool;
    private final HttpClient requests;
    private final HttpClient streams;
    private final int port;

    PhoneApi(int port, int connections, int streamConnections) {
        this.port = port;
        this.requestPool = ConnectionProvider.builder("phone-requests")
                .maxConnections(connections)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(REQUEST_TIMEOUT)
                .build();
        this.streamPool = ConnectionProvider.builder("phone-streams")
                .maxConnections(Math.max(1, streamConnections))
                .pendingAcquireMaxCount(-1)
                .build();
        this.requests = client(HttpClient.create(requestPool)).responseTimeout(REQUEST_TIMEOUT);
        this.streams = client(HttpClient.create(streamPool));
    }

    /** What the server answered: its status and body. */
    record Reply(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** {@code POST /api/join}, on a new connection from {@code caller} (a loopback address). */
    Mono<Reply> join(InetAddress caller, String json) {
        return post(client(HttpClient.newConnection()).responseTimeout(REQUEST_TIMEOUT)
                .bindAddress(() -> new InetSocketAddress(caller, 0)), "/api/join", null, json);
    }

    /** A team's {@code POST}, e.g. {@code /api/teams/{id}/fixes}, with its token. */
    Mono<Reply> post(String path, String token, String json) {
        return post(requests, path, token, json);
    }

    /**
     * Follows {@code GET /api/teams/{id}/stream} and hands every chunk of it to {@code chunks} on an event-loop
     * thread (the chunk is released afterwards). Completes when the server ends the stream; fails on a status
     * other than 200.
     */
    Mono<Void> stream(String teamId, String token, Consumer<ByteBuf> chunks) {
        return streams.headers(headers -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token)
                        .set(HttpHeaderNames.ACCEPT, "text/event-stream"))
                .get().uri("/api/teams/" + teamId + "/stream")
                .response((response, body) -> response.status().code() == 200 ? body.doOnNext(chunks)
                        : Mono.error(new IllegalStateException("stream answered " + response.status().code())))
                .then();
    }

    @Override
    public void close() {
        requestPool.disposeLater().block(REQUEST_TIMEOUT);
        streamPool.disposeLater().block(REQUEST_TIMEOUT);
    }

    private HttpClient client(HttpClient client) {
        return client.host(HOST).port(port).resolver(DefaultAddressResolverGroup.INSTANCE);
    }

    private static Mono<Reply> post(HttpClient client, String path, @Nullable String token, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return client.post().uri(path)
                .send((request, out) -> {
                    request.header(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                            .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
                    if (token != null) {
                        request.header(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
                    }
                    return out.sendByteArray(Mono.just(body));
                })
                .responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8).defaultIfEmpty("")
                        .map(text -> new Reply(response.status().code(), text)));
    }
}
