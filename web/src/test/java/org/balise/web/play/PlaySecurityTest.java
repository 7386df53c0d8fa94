package org.balise.web.play;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.balise.web.RunningBalise;
import org.balise.web.RunningBaliseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.handler.DefaultWebFilterChain;
import org.springframework.web.server.session.DefaultWebSessionManager;
import reactor.core.publisher.Mono;

/** The play door's security chain as phones meet it. */
@ExtendWith(RunningBaliseExtension.class)
class PlaySecurityTest {

    private final SecurityWebFilterChain chain;

    PlaySecurityTest(RunningBalise balise) {
        this.chain = balise.play().getBean(SecurityWebFilterChain.class);
    }

    @Test
    void aPhoneRequestNeverReadsNorMakesAServerSession() {
        AtomicInteger sessionsAsked = new AtomicInteger();
        ServerWebExchange exchange = MockServerWebExchange.builder(MockServerHttpRequest
                        .post("/api/teams/some-team/fixes").header("Authorization", "Bearer some-token"))
                .sessionManager(new DefaultWebSessionManager() {
                    @Override
                    public Mono<WebSession> getSession(ServerWebExchange asked) {
                        // The exchange asks at once and keeps the answer for later: what counts is its use.
                        return super.getSession(asked).doOnSubscribe(used -> sessionsAsked.incrementAndGet());
                    }
                })
                .build();
        AtomicInteger handled = new AtomicInteger();

        chain.getWebFilters().collectList()
                .flatMap(filters -> new DefaultWebFilterChain(served -> {
                    handled.incrementAndGet();
                    return Mono.empty();
                }, filters).filter(exchange))
                .block();

        assertThat(handled).as("the request reached the handler").hasValue(1);
        assertThat(sessionsAsked).as("server sessions asked for").hasValue(0);
    }

    @Test
    void whatIsNotListedIsRefused() {
        ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/secret"));

        chain.getWebFilters().collectList()
                .flatMap(filters -> new DefaultWebFilterChain(served -> Mono.empty(), filters).filter(exchange))
                .block();

        assertThat(exchange.getResponse().getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    }
}
